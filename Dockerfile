# The whole product in one image: the API, the real-time gateway and the built frontend on one origin.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY seeds/package.json seeds/
COPY backend/package.json backend/
COPY frontend/package.json frontend/
COPY tests/package.json tests/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 UPLOAD_DIR=/data/uploads
WORKDIR /app
COPY --from=build /app /app
RUN mkdir -p /data/uploads && chown -R node:node /data
VOLUME /data
EXPOSE 3000
USER node
CMD ["node", "backend/dist/main.js"]
