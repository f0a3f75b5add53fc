package dev.mostrador.maven;

import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.load.InvalidBusinessException;
import dev.mostrador.core.load.Problem;
import dev.mostrador.core.model.BusinessFolder;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal shares: the business folder, the skip switch, and turning owner mistakes into a failed build. */
abstract class BusinessMojo extends AbstractMojo {

    /** The owner's business folder. */
    @Parameter(property = "mostrador.businessDir", defaultValue = "${project.basedir}/business")
    File businessDir;

    /** Skip every Mostrador goal. */
    @Parameter(property = "mostrador.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Mostrador: skipped (mostrador.skip)");
            return;
        }
        run();
    }

    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The folder as the owner reads it in the build log: absolute, without "module/../". */
    String shownBusinessDir() {
        return businessDir.toPath().toAbsolutePath().normalize().toString();
    }

    /** Loads and validates the folder; every problem is logged and listed in the build failure. */
    BusinessFolder loadBusiness() throws MojoFailureException, MojoExecutionException {
        if (businessDir == null || !businessDir.isDirectory()) {
            throw new MojoFailureException("business folder " + businessDir + " does not exist; create it or set "
                    + "-Dmostrador.businessDir=/path/to/business");
        }
        try {
            return BusinessLoader.load(businessDir.toPath());
        } catch (InvalidBusinessException e) {
            for (Problem p : e.problems()) getLog().error(p.toString());
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the business folder " + shownBusinessDir() + ": " + e.getMessage(), e);
        }
    }
}
