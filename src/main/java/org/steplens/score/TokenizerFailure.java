package org.steplens.score;

/** The tokenizer library refused a text (e.g. a vocabulary without its unknown token); the message says why. */
final class TokenizerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TokenizerFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
