package org.dancu.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends a harness's HTTP requests, turning a failed exchange into an unchecked error that stops the run. */
final class Requests {

    private Requests() {
    }

    /** The response; when {@code mustBeOk}, only a 200 one. */
    static HttpResponse<String> send(HttpClient http, HttpRequest request, boolean mustBeOk) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (mustBeOk && response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
