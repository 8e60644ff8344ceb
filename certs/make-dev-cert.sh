#!/usr/bin/env bash
# Makes a self-signed development certificate for the SMTP listener (never for production).
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)"
openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=${1:-localhost}" \
  -keyout "$dir/dev-key.pem" -out "$dir/dev-cert.pem" 2>/dev/null
chmod 600 "$dir/dev-key.pem"
echo "wrote $dir/dev-cert.pem and $dir/dev-key.pem"
