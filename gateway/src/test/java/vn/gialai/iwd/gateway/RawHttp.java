package vn.gialai.iwd.gateway;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 written by hand over one socket, for what ordinary clients will not do: connect from a
 * chosen address (every 127.x.y.z is this machine, so 127.0.0.2 can play a proxy), send a body with
 * a GET, send a body slowly or not finish it, or keep a connection idle.
 */
final class RawHttp implements Closeable {

    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttp(String from, int port) throws IOException {
        socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(15_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Request line and headers (each "Name: value"), then the blank line; any body follows with {@link #write}. */
    RawHttp head(String requestLine, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Request line, headers and body in one write: a gateway that refuses on the headers closes the
     * connection at once, and a body written after that would fail with a broken pipe.
     */
    RawHttp request(String requestLine, String body, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return write(request.append("\r\n").append(body).toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    RawHttp write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    RawHttp chunk(byte[] bytes) throws IOException {
        write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        write(bytes);
        return write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    RawHttp lastChunk() throws IOException {
        return write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A GET of {@code path} on this connection, with the given headers, and its answer. */
    Answer get(String path, String... headers) throws IOException {
        head("GET " + path + " HTTP/1.1", headers);
        return read();
    }

    Answer read() throws IOException {
        return read(true);
    }

    /** The answer to a HEAD: its headers only, whatever Content-Length says. */
    Answer readHead() throws IOException {
        return read(false);
    }

    private Answer read(boolean withBody) throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("the connection closed before an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (!withBody) {
            return new Answer(status, headers, "");
        }
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
        }
        return new Answer(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    /** Whether the other side closed the connection: the next read finds its end (or a reset). */
    boolean closedByServer() throws IOException {
        try {
            return in.read() == -1;
        } catch (java.net.SocketException reset) {
            return true;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
