package dev.mostrador.maven;

import dev.mostrador.core.model.BusinessFolder;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the business folder and fails the build listing every mistake (file, line, what, how to fix). */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class ValidateMojo extends BusinessMojo {

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        BusinessFolder folder = loadBusiness();
        getLog().info("Mostrador: " + shownBusinessDir() + " is valid (" + folder.faqs().size() + " FAQs, "
                + folder.menu().size() + " menu items, " + folder.flows().size() + " flows, "
                + folder.tests().size() + " conversation tests)");
    }
}
