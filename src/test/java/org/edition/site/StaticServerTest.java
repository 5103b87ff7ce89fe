package org.edition.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server of {@code edition serve}: files with their types, folders as index.html, nothing outside. */
class StaticServerTest {
    static StaticServer server;
    static HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("documents"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>home</title>");
        Files.writeString(site.resolve("documents").resolve("index.html"), "documents");
        Files.writeString(site.resolve("edition.css"), "body {}");
        Files.writeString(dir.resolve("secret.txt"), "outside the site");
        server = new StaticServer(site, 0);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesFilesWithTheirContentType() throws Exception {
        HttpResponse<String> css = get("/edition.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.body()).isEqualTo("body {}");
        HttpResponse<String> home = get("/");
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("<title>home</title>");
        assertThat(get("/documents/").body()).isEqualTo("documents");
    }

    @Test
    void answersNotFoundForMissingFilesAndAnythingOutsideTheFolder() throws Exception {
        assertThat(get("/missing.html").statusCode()).isEqualTo(404);
        assertThat(get("/documents/%2e%2e/%2e%2e/secret.txt").statusCode()).isEqualTo(404);
        assertThat(raw("GET /../secret.txt HTTP/1.0")).startsWith("HTTP/1.1 404").doesNotContain("outside the site");
        assertThat(raw("GET /documents/..%2f..%2fsecret.txt HTTP/1.0")).startsWith("HTTP/1.1 404");
    }

    @Test
    void refusesToWrite() throws Exception {
        HttpResponse<String> put = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                + "/index.html")).PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
    }

    /** A request written by hand, so that no client normalizes its path first. */
    static String raw(String requestLine) throws IOException {
        try (Socket s = new Socket("localhost", server.port())) {
            s.getOutputStream().write((requestLine + "\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
