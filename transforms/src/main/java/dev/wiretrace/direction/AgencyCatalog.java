package dev.wiretrace.direction;

import dev.wiretrace.io.DataFile;
import dev.wiretrace.model.OutletKey;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The wire agencies wiretrace knows, with the aliases and web domains that identify them. */
public final class AgencyCatalog implements Serializable {
  private static final String DEFAULTS = "agencies.tsv";

  /** Alias as written in credits (case-sensitive) to the agency's name. */
  private final Map<String, String> aliases;

  /** Lower-cased name or alias to the agency's name, for manifest outlet names. */
  private final Map<String, String> namesLower;

  private final Map<String, String> domains;

  private AgencyCatalog(List<DataFile.Row> rows) {
    aliases = new LinkedHashMap<>();
    namesLower = new LinkedHashMap<>();
    domains = new LinkedHashMap<>();
    for (DataFile.Row row : rows) {
      String name = row.fields()[0];
      namesLower.putIfAbsent(OutletKey.of(name), name);
      aliases.putIfAbsent(name, name);
      for (String alias : row.fields()[1].split("\\|")) {
        if (!alias.isBlank()) {
          aliases.putIfAbsent(alias.trim(), name);
          namesLower.putIfAbsent(OutletKey.of(alias.trim()), name);
        }
      }
      for (String domain : row.fields()[2].split("\\|")) {
        if (!domain.isBlank()) {
          domains.putIfAbsent(domain.trim().toLowerCase(Locale.ROOT), name);
        }
      }
    }
  }

  public static AgencyCatalog defaults() {
    return new AgencyCatalog(DataFile.readBundled(AgencyCatalog.class, DEFAULTS, 3));
  }

  /** The defaults plus the agencies in {@code extra} (same TSV format); earlier entries win. */
  public static AgencyCatalog defaultsPlus(String extra, String sourceName) throws IOException {
    List<DataFile.Row> rows =
        new ArrayList<>(DataFile.readBundled(AgencyCatalog.class, DEFAULTS, 3));
    rows.addAll(DataFile.read(new StringReader(extra), sourceName, 3));
    return new AgencyCatalog(rows);
  }

  /** The agency an outlet name denotes ("AFP", "Agence France-Presse", "reuters"), if any. */
  public Optional<String> agencyNamed(String outlet) {
    if (outlet == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(namesLower.get(OutletKey.of(outlet.trim())));
  }

  /** The agency whose web domain {@code host} is or is under. */
  public Optional<String> agencyForHost(String host) {
    if (host == null) {
      return Optional.empty();
    }
    String h = host.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> domain : domains.entrySet()) {
      if (h.equals(domain.getKey()) || h.endsWith("." + domain.getKey())) {
        return Optional.of(domain.getValue());
      }
    }
    return Optional.empty();
  }

  /** The agency a case-sensitive credit alias stands for. */
  public String nameOfAlias(String alias) {
    return aliases.getOrDefault(alias, alias);
  }

  /** Every alias with the agency it stands for. */
  public Map<String, String> aliasMap() {
    return Map.copyOf(aliases);
  }
}
