# Mailward gateway. Build: docker build -t mailward .
# Run:   docker run -p 2525:2525 -p 9025:9025 -v mailward-data:/data \
#          -e MAILWARD_QUARANTINE_KEY=... mailward --internal-domain yourschool.example
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY bench ./bench
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY rules ./rules
COPY examples ./examples
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 2525 9025
ENTRYPOINT ["node", "dist/src/cli/main.js", "serve", "--data-dir", "/data", "--listen", "0.0.0.0:2525", "--admin-listen", "0.0.0.0:9025"]
