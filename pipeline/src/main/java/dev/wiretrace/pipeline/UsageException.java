package dev.wiretrace.pipeline;

/** A problem with how wiretrace was called or what it was given: reported in one line. */
class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
