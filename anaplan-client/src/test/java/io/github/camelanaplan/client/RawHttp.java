package io.github.camelanaplan.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Direct calls to the simulator's authentication service with the JDK HTTP client, for tests that need a token
 * obtained or revoked outside the client under test.
 */
final class RawHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    static String login(String authBaseUrl, String user, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(authBaseUrl + "/token/authenticate"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        return body.path("tokenInfo").path("tokenValue").asText();
    }

    static int logout(String authBaseUrl, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(authBaseUrl + "/token/logout"))
                .header("Authorization", "AnaplanAuthToken " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
