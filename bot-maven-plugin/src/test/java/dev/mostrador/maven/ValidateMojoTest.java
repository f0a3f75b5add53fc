package dev.mostrador.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {
    @TempDir Path temp;
    final RecordingLog log = new RecordingLog();

    private ValidateMojo mojo(Path businessDir) {
        var mojo = new ValidateMojo();
        mojo.businessDir = businessDir.toFile();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void aGoodFolderValidates() throws Exception {
        mojo(Fixtures.copy("pulperia", temp)).execute();
        assertThat(log.at("INFO")).singleElement().asString()
                .endsWith("is valid (3 FAQs, 3 menu items, 1 flows, 1 conversation tests)");
        assertThat(log.at("ERROR")).isEmpty();
    }

    @Test
    void aBrokenFolderFailsListingEveryProblem() {
        Path dir = Fixtures.copy("broken", temp);
        assertThatThrownBy(() -> mojo(dir).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage(BrokenFixture.MESSAGE);
        assertThat(log.at("ERROR")).containsExactlyElementsOf(BrokenFixture.PROBLEMS);
    }

    @Test
    void aMissingFolderSaysHowToPointAtIt() {
        Path dir = temp.resolve("nowhere");
        assertThatThrownBy(() -> mojo(dir).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("business folder " + dir + " does not exist; create it or set "
                        + "-Dmostrador.businessDir=/path/to/business");
    }

    @Test
    void skipDoesNothing() throws Exception {
        var mojo = mojo(temp.resolve("nowhere"));
        mojo.skip = true;
        mojo.execute();
        assertThat(log.at("INFO")).containsExactly("Mostrador: skipped (mostrador.skip)");
    }
}
