# The Amur Graph API service, as docker-compose.yml runs it.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json codegen.ts ./
COPY scripts ./scripts
COPY src ./src
COPY web ./web
# web/dist is a symlink to the build under web/builds/: the image takes the build itself.
RUN node scripts/build.mjs --explorer && cp -rL web/dist /app/explorer && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/explorer ./web/dist
COPY package.json ./
COPY cypher ./cypher
COPY schema ./schema
COPY data ./data
USER node
EXPOSE 4000
CMD ["node", "dist/src/index.js"]
