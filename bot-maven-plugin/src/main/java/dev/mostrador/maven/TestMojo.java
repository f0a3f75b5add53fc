package dev.mostrador.maven;

import dev.mostrador.core.bundle.BundleCompiler;
import dev.mostrador.core.testing.ConversationTestRunner;
import dev.mostrador.core.testing.TestReport;
import dev.mostrador.core.testing.TestResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Runs the conversation tests in business/tests/*.yaml through the real engine; a failing test fails the build. */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, threadSafe = true, requiresProject = false)
public class TestMojo extends BusinessMojo {

    /** Run only the tests whose name or file contains this text. */
    @Parameter(property = "mostrador.test")
    String test;

    /** The usual Maven switch: -DskipTests skips conversation tests too. */
    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (skipTests) {
            getLog().info("Mostrador: conversation tests skipped (skipTests)");
            return;
        }
        var folder = loadBusiness();
        TestReport report = new ConversationTestRunner(new BundleCompiler().compile(folder)).run(test);
        for (TestResult r : report.results()) {
            if (r.passed()) getLog().info("  ok   " + r.test().name());
            else r.failures().forEach(f -> getLog().error("  FAIL " + f));
        }
        getLog().info("Mostrador conversation tests: " + report.summary());
        if (!report.allPassed()) {
            throw new MojoFailureException("Conversation tests: " + report.summary() + "\n  "
                    + String.join("\n  ", report.failures()));
        }
    }
}
