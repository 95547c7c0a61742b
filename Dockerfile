# One image for the server (default command) and the chat persister:
#   docker build -t mymdb .
#   docker run -p 4000:4000 -v mymdb-data:/app/data mymdb
#   docker run -e MYMDB_ROLE=persister -e KAFKA_BROKERS=kafka:9092 -e DATABASE_URL=postgres://... mymdb node dist/persister/src/index.js

FROM node:24.21.0-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
# better-sqlite3 ships prebuilt binaries; python3, make and g++ are in this image should it compile.
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json codegen.ts ./
COPY schema ./schema
COPY server ./server
COPY persister ./persister
COPY client ./client
RUN npm run build && npm prune --omit=dev

FROM node:24.21.0-bookworm-slim
ENV NODE_ENV=production PORT=4000 DATA_DIR=/app/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The web client, served at / (the server looks for client/dist beside dist/).
COPY --from=build /app/client/dist ./client/dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000
VOLUME ["/app/data"]
# The server answers /readyz on PORT; the persister (MYMDB_ROLE=persister) on PERSISTER_PORT.
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "const p=process.env.MYMDB_ROLE==='persister'?(process.env.PERSISTER_PORT||4001):(process.env.PORT||4000);fetch('http://127.0.0.1:'+p+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Heap flags: see server/src/heap-flags.ts.
CMD ["node", "--max-semi-space-size=16", "--max-old-space-size=1024", "dist/server/src/index.js"]
