package org.genaikg.pipeline;

import java.io.IOException;
import org.genaikg.publish.AtomicFolder;

/**
 * A checked graph whose dumps are written but not yet published: {@link #commit()} swaps them into the output
 * folder; closing without a commit deletes them and leaves the output folder as it was.
 */
public final class StagedBuild implements AutoCloseable {
    private final BuiltGraph built;
    private final AtomicFolder.Staged dumps;

    StagedBuild(BuiltGraph built, AtomicFolder.Staged dumps) {
        this.built = built;
        this.dumps = dumps;
    }

    public BuiltGraph built() {
        return built;
    }

    /** The folder the dumps are staged in until {@link #commit()}. */
    public java.nio.file.Path folder() {
        return dumps.folder();
    }

    public void commit() throws IOException {
        dumps.commit();
    }

    @Override
    public void close() throws IOException {
        dumps.close();
    }
}
