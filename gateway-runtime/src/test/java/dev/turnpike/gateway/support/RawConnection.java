package dev.turnpike.gateway.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection written and read by hand, for tests about what happens to the
 * connection itself (which an HTTP client would hide by reconnecting).
 */
public final class RawConnection implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final BufferedReader in;

  public RawConnection(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(5000);
    out = socket.getOutputStream();
    in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Writes raw request text (head, and body if any). */
  public void send(String request) throws IOException {
    out.write(request.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** "status line body" of the next response (just the status line when it has no body). */
  public String readResponse() throws IOException {
    String status = in.readLine();
    int length = 0;
    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    char[] body = new char[length];
    int read = 0;
    while (read < length) {
      read += in.read(body, read, length - read);
    }
    return length == 0 ? status : status + " " + new String(body);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
