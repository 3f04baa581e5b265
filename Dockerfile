# Parley: one image for the server, with the built widget and console it serves.
# Not built in this repository's CI (no Docker on its machines): keep it simple enough to review by eye.
#   docker build -t parley .
#   docker run -p 3000:3000 -v parley-data:/data -e JWT_SECRET=... parley

FROM node:20-bookworm-slim AS base
RUN npm install -g pnpm@10
WORKDIR /app
# Every workspace member's manifest: the lockfile covers them all.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY patches patches
COPY shared/package.json shared/
COPY server/package.json server/
COPY widget/package.json widget/
COPY console/package.json console/
COPY scripts/package.json scripts/
COPY test/package.json test/

# Stage 1: build the widget and the console (Vite).
FROM base AS build
RUN pnpm install --frozen-lockfile
COPY shared shared
COPY widget widget
COPY console console
RUN pnpm --filter @parley/widget run build && pnpm --filter @parley/console run build

# Stage 2: the server's production dependencies only (better-sqlite3 and sharp come prebuilt).
FROM base AS deps
RUN pnpm install --frozen-lockfile --prod --filter "@parley/server..."

# Stage 3: what runs, as the unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATA_DIR=/data SEED_DEMO=false
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=deps /app/shared/node_modules shared/node_modules
COPY --from=deps /app/server/node_modules server/node_modules
COPY package.json tsconfig.base.json ./
COPY shared shared
COPY server server
COPY --from=build /app/widget/dist widget/dist
COPY --from=build /app/console/dist console/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
# Liveness; a load balancer should use /readyz (store and Redis answer, not draining).
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
WORKDIR /app/server
# SIGTERM reaches node directly (no shell): the graceful shutdown drains within SHUTDOWN_GRACE_MS.
CMD ["node", "--import", "tsx", "src/main.ts"]
