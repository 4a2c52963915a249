# hip-triage serve as a small container image that runs as a non-root user (docs/deploy.md).
#
#   mvn -B -ntp package -DskipTests          # builds hip-examples/target/hip-triage.jar
#   docker build -t hip-triage:0.1.0 .
#   docker run --rm -p 8080:8080 hip-triage:0.1.0 --jwks https://ehr.example.org/.well-known/jwks.json --issuer https://ehr.example.org
#
# The image copies the shaded jar built by Maven (no build tools in the image). Arguments after the image name go to
# `hip-triage serve`: without --jwks (or --insecure-allow-unauthenticated, when something in front already keeps
# strangers out) it refuses to listen beyond loopback and exits 1 with the reason.
FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 10001 hiptriage \
 && useradd --system --uid 10001 --gid hiptriage --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin hiptriage

COPY hip-examples/target/hip-triage.jar /app/hip-triage.jar

USER 10001:10001
EXPOSE 8080

# The heap follows the container's memory limit (60 % of it; docs/deploy.md, "Heap"): given a size, serve does not
# start a second JVM to bound it. Logs (access log, warnings) go to standard error. SIGTERM stops it gracefully:
# no new connection, the requests in progress finished within --stop-timeout (10 s by default).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-XX:+UseContainerSupport", "-jar", "/app/hip-triage.jar", \
            "serve", "--host", "0.0.0.0", "--port", "8080"]
