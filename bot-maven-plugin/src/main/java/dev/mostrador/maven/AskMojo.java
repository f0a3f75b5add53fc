package dev.mostrador.maven;

import dev.mostrador.core.batch.BatchAsker;
import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.bundle.BundleCompiler;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Batch answering without a server: compiles any business folder and answers a JSON-lines file
 * ({"session_id", "text"} per line), one response object per line, in order. Runs without a project:
 * {@code mvn dev.mostrador:bot-maven-plugin:0.1.0-SNAPSHOT:ask -Dmostrador.businessDir=... -Dmostrador.input=...}.
 * An aggregator: run from the repository root it answers once, not once per module.
 */
@Mojo(name = "ask", threadSafe = true, requiresProject = false, aggregator = true)
public class AskMojo extends BusinessMojo {

    /** The JSON-lines file of questions. */
    @Parameter(property = "mostrador.input", required = true)
    File input;

    /** Where the answers go; standard output when not set. */
    @Parameter(property = "mostrador.output")
    File output;

    /** Answer as if it were this local date-time in the business timezone (e.g. 2026-11-25T11:00); default: now. */
    @Parameter(property = "mostrador.now")
    String now;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (input == null || !input.isFile()) {
            throw new MojoFailureException("input file " + input + " does not exist; set -Dmostrador.input=questions.jsonl");
        }
        Bundle bundle = new BundleCompiler().compile(loadBusiness());
        BatchAsker asker;
        try {
            asker = now == null || now.isBlank() ? new BatchAsker(bundle) : BatchAsker.at(bundle, now);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage() + " (-Dmostrador.now)");
        }
        BatchAsker.BatchSummary summary;
        try (Reader in = Files.newBufferedReader(input.toPath(), StandardCharsets.UTF_8)) {
            if (output == null) {
                Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                summary = asker.answer(in, out); // flushed, not closed: stdout belongs to Maven
            } else {
                if (output.getAbsoluteFile().getParentFile() != null) {
                    Files.createDirectories(output.getAbsoluteFile().getParentFile().toPath());
                }
                try (Writer out = Files.newBufferedWriter(output.toPath(), StandardCharsets.UTF_8)) {
                    summary = asker.answer(in, out);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot answer " + input + ": " + e.getMessage(), e);
        }
        getLog().info("Mostrador: answered " + summary.answered() + " lines, " + summary.errors() + " errors"
                + (output == null ? "" : ", written to " + output));
    }
}
