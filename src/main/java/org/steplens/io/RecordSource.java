package org.steplens.io;

import java.io.Closeable;
import java.io.IOException;

/** The records of a file, one at a time, in file order. */
interface RecordSource extends Closeable {
    /** The next record, or null at the end of the file. */
    RawRecord next() throws IOException;

    /** Raw bytes read from disk so far, for progress. */
    long bytesRead();
}
