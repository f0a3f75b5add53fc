package dev.mostrador.core.match;

import dev.mostrador.core.text.Term;
import java.util.List;

/** A customer message prepared once per search: its language, analyzed terms and embedding. */
public record Query(String text, String lang, List<Term> terms, float[] vector) {}
