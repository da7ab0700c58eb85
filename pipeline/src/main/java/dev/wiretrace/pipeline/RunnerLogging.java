package dev.wiretrace.pipeline;

import java.util.Locale;
import java.util.Set;

/**
 * Sets how much the runners log, from {@code --runnerLogLevel}, before any of their loggers exists:
 * the logging backend reads its level once, when the first logger is made.
 */
final class RunnerLogging {
  static final String FLAG = "--runnerLogLevel";
  private static final Set<String> LEVELS =
      Set.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE", "OFF");

  private RunnerLogging() {}

  static void configure(String[] args) {
    for (String arg : args) {
      if (arg.startsWith(FLAG + "=")) {
        String level = arg.substring(FLAG.length() + 1).strip().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(level)) {
          throw new IllegalArgumentException(
              FLAG
                  + " must be one of ERROR, WARN, INFO, DEBUG, TRACE or OFF, not "
                  + arg.substring(FLAG.length() + 1));
        }
        System.setProperty(
            "org.slf4j.simpleLogger.defaultLogLevel", level.toLowerCase(Locale.ROOT));
      }
    }
  }
}
