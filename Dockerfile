# Build: compiles the business folder into the bundle packaged in the jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q package -DskipTests

# Run: one java -jar and a SQLite file under /data. Fits a 1 GB VPS.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/bot-runtime/target/bot-runtime.jar /app/bot-runtime.jar
ENV BOT_DATA_DIR=/data \
    MICRONAUT_SERVER_PORT=8080
VOLUME /data
EXPOSE 8080
CMD ["java", "-Xmx384m", "-XX:+UseSerialGC", "-jar", "/app/bot-runtime.jar"]
