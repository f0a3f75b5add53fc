package dev.mostrador.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mostrador.core.bundle.Bundle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileMojoTest {
    @TempDir Path temp;
    final RecordingLog log = new RecordingLog();

    private CompileMojo mojo(Path businessDir, Path bundle) {
        var mojo = new CompileMojo();
        mojo.businessDir = businessDir.toFile();
        mojo.bundleFile = bundle.toFile();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void writesABundleTheRuntimeCanRead() throws Exception {
        Path bundle = temp.resolve("target/classes/mostrador/bundle.zip");
        mojo(Fixtures.copy("pulperia", temp), bundle).execute();

        assertThat(bundle).isRegularFile();
        Bundle read = Bundle.read(bundle);
        assertThat(read.business().business().name()).isEqualTo("Pulpería Doña Tere");
        assertThat(read.business().faqs()).extracting(f -> f.id()).containsExactly("horario", "recargas", "fiado");
        assertThat(log.at("INFO")).singleElement().asString().endsWith("into " + bundle);
    }

    @Test
    void aBrokenFolderWritesNoBundle() {
        Path bundle = temp.resolve("out/bundle.zip");
        Path dir = Fixtures.copy("broken", temp);
        assertThatThrownBy(() -> mojo(dir, bundle).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage(BrokenFixture.MESSAGE);
        assertThat(Files.exists(bundle)).isFalse();
    }
}
