package dev.turnpike.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Test helpers: resources, the files of a rendered site, and its internal links. */
final class SiteFiles {

  private SiteFiles() {}

  static String resource(String name) {
    try (InputStream in = SiteFiles.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code root}, as paths relative to it with forward slashes, sorted. */
  static List<String> list(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** Result of checking every relative {@code href} and {@code src} of every page. */
  record LinkReport(int checked, List<String> broken) {}

  /** Checks that every relative link, stylesheet and script of every page resolves. */
  static LinkReport checkLinks(Path out) throws IOException {
    List<String> broken = new ArrayList<>();
    Map<Path, Document> parsed = new HashMap<>();
    int checked = 0;
    for (String file : list(out)) {
      if (!file.endsWith(".html")) {
        continue;
      }
      Path page = out.resolve(file);
      Document document = parsed.computeIfAbsent(page, SiteFiles::parse);
      for (Element link : document.select("a[href], link[href], script[src]")) {
        String href = link.hasAttr("src") ? link.attr("src") : link.attr("href");
        if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
          continue;
        }
        checked++;
        String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String anchor = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
        Path resolved = target.isEmpty() ? page : page.getParent().resolve(target).normalize();
        if (!resolved.startsWith(out) || !Files.isRegularFile(resolved)) {
          broken.add(file + " → " + href + " (no such file)");
        } else if (!anchor.isEmpty()
            && parsed.computeIfAbsent(resolved, SiteFiles::parse).getElementById(anchor) == null) {
          broken.add(file + " → " + href + " (no element with id '" + anchor + "')");
        }
      }
    }
    return new LinkReport(checked, broken);
  }

  private static Document parse(Path page) {
    return Jsoup.parse(read(page));
  }
}
