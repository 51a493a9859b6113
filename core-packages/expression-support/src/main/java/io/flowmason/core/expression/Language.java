package io.flowmason.core.expression;

/** The expression languages a stage can be written in; lowercase because the constants are the JSON values. */
public enum Language {
    jmespath, jsonata
}
