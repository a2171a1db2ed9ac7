# syntax=docker/dockerfile:1
# article-dedup container images.
#   docker build -t article-dedup .                                  # production: the app jar only
#   docker run --rm article-dedup --help
#   docker build --target tools -t article-dedup-tools .             # demo, produce, eval, bench
# Works with the classic builder and BuildKit (no BuildKit-only features); BuildKit builds only the
# stages a target needs, the classic builder builds the tools stages too.

########## build stage ##########
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# 1. Build descriptors and wrapper first: this layer (Maven distribution + all
#    dependencies and plugins) is cached until a pom.xml or the wrapper changes.
COPY pom.xml mvnw ./
COPY .mvn/ .mvn/
COPY core/pom.xml core/
COPY app/pom.xml app/
COPY tools/pom.xml tools/
RUN chmod +x mvnw \
 && ./mvnw -B -q -pl app -am dependency:go-offline -DexcludeGroupIds=io.articlededup \
 || echo "dependency:go-offline incomplete; the package step resolves the rest"

# 2. Sources: only this layer and the next rebuild on a code change. The image carries the app
#    module's jar alone (core inside it); the tools module (demo, embedded broker, eval, bench) is
#    built by the tools target only.
COPY core/src/ core/src/
COPY app/src/ app/src/
RUN ./mvnw -B -DskipTests -pl app -am package \
 && cp app/target/article-dedup-app.jar /build/article-dedup.jar

########## tools image (docker build --target tools) ##########
FROM build AS tools-build
COPY tools/src/ tools/src/
RUN ./mvnw -B -DskipTests -DskipITs -pl tools -am package \
 && cp tools/target/article-dedup-tools.jar /build/article-dedup-tools.jar

FROM eclipse-temurin:17-jre AS tools
RUN groupadd --system --gid 10001 dedup \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home \
            --shell /usr/sbin/nologin dedup
WORKDIR /app
COPY --from=tools-build --chown=0:0 /build/article-dedup-tools.jar /app/article-dedup-tools.jar
USER 10001:10001
ENTRYPOINT ["java","-XX:+ExitOnOutOfMemoryError","-jar","/app/article-dedup-tools.jar"]
CMD ["--help"]

########## runtime stage: the production image, the default target ##########
FROM eclipse-temurin:17-jre

LABEL org.opencontainers.image.title="article-dedup" \
      org.opencontainers.image.description="Kafka Streams application that cleans scraped news articles and detects duplicates" \
      org.opencontainers.image.source="article-dedup"

# Fixed non-root uid/gid 10001 (Kubernetes securityContext runs as this uid).
RUN groupadd --system --gid 10001 dedup \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home \
            --shell /usr/sbin/nologin dedup \
 && mkdir -p /app /var/lib/article-dedup \
 && chown 10001:10001 /var/lib/article-dedup \
 && chmod 0750 /var/lib/article-dedup

WORKDIR /app
COPY --from=build --chown=0:0 /build/article-dedup.jar /app/article-dedup.jar

# Kafka Streams state (RocksDB). Mount a volume here; it is the only path the
# application writes to besides /tmp (RocksDB/JNI extract native libraries
# there), so the root filesystem can be read-only.
ENV KAFKA_STATE_DIR=/var/lib/article-dedup
VOLUME ["/var/lib/article-dedup"]

USER 10001:10001
EXPOSE 8080

# An OutOfMemoryError in any thread ends the process (the orchestrator restarts it from committed
# state) instead of leaving a JVM whose stream or network thread died while /health still answers.
ENTRYPOINT ["java","-XX:MaxRAMPercentage=50","-XX:+ExitOnOutOfMemoryError","-jar","/app/article-dedup.jar"]
CMD ["run"]
