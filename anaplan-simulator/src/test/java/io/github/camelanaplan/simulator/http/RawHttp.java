package io.github.camelanaplan.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 over a plain socket, for tests that need to own the connection (and start no client threads). */
final class RawHttp {

    private RawHttp() {
    }

    /** A connection that sent one request, read the whole answer and stays open (HTTP/1.1 keep-alive). */
    static Socket keptAlive(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /2/0/workspaces HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        readOneResponse(socket.getInputStream());
        return socket;
    }

    /** Reads the head and the body, sized or chunked, so nothing of the answer is left unread. */
    private static void readOneResponse(InputStream in) throws IOException {
        String head = readUntil(in, "\r\n\r\n");
        String lower = head.toLowerCase();
        int at = lower.indexOf("content-length:");
        if (at >= 0) {
            in.readNBytes(Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim()));
        } else {
            assertThat(lower).as("a sized or chunked answer, so the connection can stay open: %s", head)
                    .contains("transfer-encoding: chunked");
            // JSON holds no raw line breaks, so the last-chunk marker cannot occur inside the data
            readUntil(in, "\r\n0\r\n\r\n");
        }
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before '" + end.strip() + "': " + text);
            }
            text.append((char) b);
        }
        return text.toString();
    }
}
