package dev.mostrador.core.load;

/** Turns SnakeYAML's parser wording into what an owner editing in a web editor can act on. */
record YamlSyntax(String message, String fix) {

    static YamlSyntax explain(String problem, String context) {
        String p = problem == null ? "" : problem;
        String c = context == null ? "" : context;
        if (p.contains("\\t") || p.contains("TAB")) {
            return new YamlSyntax("a tab character is used for indentation", "indent with spaces, not tabs");
        }
        if (p.contains("mapping values are not allowed")) {
            return new YamlSyntax("unexpected ':' in this line",
                    "put text that contains ': ' in quotes, or check the indentation of this line");
        }
        if (p.contains("end of stream") && c.contains("quoted")) {
            return new YamlSyntax("a quote opened here is never closed", "close the quote at the end of the text");
        }
        if (c.contains("quoted scalar")) {
            return new YamlSyntax("a quoted text is not closed or contains an invalid escape",
                    "close the quote; to write a \" inside \"...\" write \\\"");
        }
        if (p.contains("could not find expected ':'")) {
            return new YamlSyntax("a line is missing its ':' or a quote is not closed",
                    "write key: value, and check the quotes on the lines above");
        }
        if (p.contains("expected <block end>") || p.contains("did not find expected key")
                || p.contains("did not find expected '-' indicator")) {
            return new YamlSyntax("the indentation does not line up with the lines above",
                    "indent items of the same list or keys of the same block by the same number of spaces");
        }
        if (p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) {
            return new YamlSyntax("a [list] or {block} is not closed or misses a comma",
                    "close it with ] or } and separate items with commas; a text that starts with { or [ (like {hours}) must be in quotes");
        }
        if (p.contains("but found another document")) {
            return new YamlSyntax("the file contains more than one document (a '---' line)", "remove the '---' line");
        }
        if (p.contains("found character '@'") || p.contains("found character '`'")) {
            return new YamlSyntax("a text starts with a character YAML reserves", "put the text in quotes");
        }
        return new YamlSyntax("the YAML is not valid here (" + p.trim() + ")",
                "check the indentation and put texts with special characters in quotes");
    }
}
