package dev.mostrador.maven;

import dev.mostrador.core.bundle.BundleCompiler;
import dev.mostrador.core.model.BusinessFolder;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Validates the business folder and compiles it into the bundle the runtime answers from. */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class CompileMojo extends BusinessMojo {

    /** Where the bundle is written; inside target/classes so it ships in the jar. */
    @Parameter(property = "mostrador.bundleFile",
            defaultValue = "${project.build.outputDirectory}/mostrador/bundle.zip")
    File bundleFile;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        BusinessFolder folder = loadBusiness();
        try {
            Files.createDirectories(bundleFile.toPath().toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(bundleFile.toPath())) {
                new BundleCompiler().write(folder, out);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the bundle " + bundleFile + ": " + e.getMessage(), e);
        }
        getLog().info("Mostrador: compiled " + shownBusinessDir() + " into " + bundleFile);
    }
}
