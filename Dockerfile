FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY bench ./bench

COPY rules ./rules
COPY examples ./examples
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
USER node
ENTRYPOINT ["node", "dist/src/cli/main.js"]
CMD ["--help"]
