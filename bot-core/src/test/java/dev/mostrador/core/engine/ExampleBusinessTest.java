package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.bundle.BundleCompiler;
import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.testing.ConversationTestRunner;
import dev.mostrador.core.testing.TestReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The repository's example business (business/) passes its own conversation tests on this engine. */
class ExampleBusinessTest {

    @Test
    void exampleBusinessConversationTestsPass() throws Exception {
        Path folder = Path.of("..", "business");
        TestReport report = new ConversationTestRunner(new BundleCompiler().compile(BusinessLoader.load(folder))).run();
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.passed()).isGreaterThanOrEqualTo(25);
    }
}
