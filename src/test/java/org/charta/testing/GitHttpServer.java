package org.charta.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Smart HTTP on 127.0.0.1 with Basic authentication: the JDK's HTTP server runs the real {@code git http-backend}
 * as a CGI program for every request under {@code /git/}. A request without the right user and token gets 401
 * with a {@code WWW-Authenticate} header. The server counts requests that carried wrong credentials, so a test can
 * check how often a client tried.
 *
 * <pre>{@code
 * try (GitHttpServer server = GitHttpServer.start(temp.resolve("remotes"), "alice", "s3cret")) {
 *     String url = server.url("charter.git");   // http://127.0.0.1:<port>/git/charter.git
 * }
 * }</pre>
 */
public final class GitHttpServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final String CONTEXT = "/git/";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path projectRoot;
    private final Path home;
    private final String username;
    private final String token;
    private final AtomicInteger rejectedLogins = new AtomicInteger();
    private final AtomicInteger acceptedRequests = new AtomicInteger();

    private GitHttpServer(Path projectRoot, Path home, String username, String token) throws IOException {
        this.projectRoot = projectRoot;
        this.home = home;
        this.username = username;
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(HOST), 0), 0);
        this.executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext(CONTEXT, this::handle);
    }

    /** Starts a server for every repository under {@code projectRoot}, accepting one user and token. */
    public static GitHttpServer start(Path projectRoot, String username, String token) throws IOException {
        Path root = projectRoot.toAbsolutePath().normalize();
        Files.createDirectories(root);
        Path home = root.resolveSibling(root.getFileName() + "-http-home");
        GitHttpServer server = new GitHttpServer(root, home, username, token);
        server.server.start();
        return server;
    }

    public String url(String repositoryName) {
        return "http://" + HOST + ":" + server.getAddress().getPort() + CONTEXT + repositoryName;
    }

    public String host() {
        return HOST + ":" + server.getAddress().getPort();
    }

    /** Requests that carried a user and token the server did not accept. */
    public int rejectedLogins() {
        return rejectedLogins.get();
    }

    /** Requests that were authenticated and passed to {@code git http-backend}. */
    public int acceptedRequests() {
        return acceptedRequests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String header = exchange.getRequestHeaders().getFirst("Authorization");
            if (!isAuthorized(header)) {
                if (header != null) {
                    rejectedLogins.incrementAndGet();
                }
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"charta-test\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            acceptedRequests.incrementAndGet();
            runBackend(exchange);
        }
    }

    private boolean isAuthorized(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring("Basic ".length()).trim()),
                StandardCharsets.UTF_8);
        return decoded.equals(username + ":" + token);
    }

    /** Runs {@code git http-backend} with the CGI variables of the request and copies its response back. */
    private void runBackend(HttpExchange exchange) throws IOException {
        ProcessBuilder builder = TestGit.isolatedEnvironment(new ProcessBuilder("git", "http-backend"), home);
        Map<String, String> cgi = builder.environment();
        String path = exchange.getRequestURI().getRawPath().substring(CONTEXT.length() - 1);
        cgi.put("GIT_PROJECT_ROOT", projectRoot.toString());
        cgi.put("GIT_HTTP_EXPORT_ALL", "1");
        cgi.put("PATH_INFO", path);
        cgi.put("REQUEST_METHOD", exchange.getRequestMethod());
        cgi.put("QUERY_STRING", exchange.getRequestURI().getRawQuery() == null ? ""
                : exchange.getRequestURI().getRawQuery());
        cgi.put("REMOTE_USER", username);
        cgi.put("REMOTE_ADDR", HOST);
        cgi.put("SERVER_PROTOCOL", "HTTP/1.1");
        copyHeader(exchange, "Content-Type", cgi, "CONTENT_TYPE");
        copyHeader(exchange, "Content-Length", cgi, "CONTENT_LENGTH");
        copyHeader(exchange, "Content-Encoding", cgi, "HTTP_CONTENT_ENCODING");
        copyHeader(exchange, "Git-Protocol", cgi, "GIT_PROTOCOL");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();

        // The request body can be larger than a pipe buffer, so it is written while the response is read.
        Thread feeder = new Thread(() -> feed(exchange.getRequestBody(), process.getOutputStream()),
                "http-backend-stdin");
        feeder.start();
        try (InputStream answer = process.getInputStream()) {
            int status = readHeaders(answer, exchange);
            exchange.sendResponseHeaders(status, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                answer.transferTo(body);
            }
        } finally {
            joinQuietly(feeder);
            process.destroy();
        }
    }

    private static void copyHeader(HttpExchange exchange, String header, Map<String, String> cgi, String variable) {
        String value = exchange.getRequestHeaders().getFirst(header);
        if (value != null) {
            cgi.put(variable, value);
        }
    }

    private static void feed(InputStream body, OutputStream stdin) {
        try (stdin; body) {
            body.transferTo(stdin);
        } catch (IOException e) {
            // The backend stopped reading, and its response explains the failure to the client.
        }
    }

    /** Reads the CGI header lines up to the blank line, sets them on the response and returns the status. */
    private static int readHeaders(InputStream answer, HttpExchange exchange) throws IOException {
        int status = 200;
        for (String line = readLine(answer); line != null && !line.isEmpty(); line = readLine(answer)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Status")) {
                status = Integer.parseInt(value.split(" ")[0]);
            } else {
                exchange.getResponseHeaders().add(name, value);
            }
        }
        return status;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) != -1 && next != '\n') {
            if (next != '\r') {
                line.write(next);
            }
        }
        if (next == -1 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
