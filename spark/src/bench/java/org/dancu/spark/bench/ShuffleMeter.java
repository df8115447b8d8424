package org.dancu.spark.bench;

import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** What a run's tasks wrote to the shuffle and spilled to disk, for the heap and disk a size needs. */
final class ShuffleMeter extends SparkListener {

    private long written;
    private long spilled;

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        TaskMetrics metrics = end.taskMetrics();
        if (metrics != null) {
            written += metrics.shuffleWriteMetrics().bytesWritten();
            spilled += metrics.diskBytesSpilled();
        }
    }

    synchronized long written() {
        return written;
    }

    synchronized long spilled() {
        return spilled;
    }
}
