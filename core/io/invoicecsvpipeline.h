// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "invoicecsvreader.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <memory>
#include <optional>

class QThread;

namespace lp {

// Reads an invoice CSV (InvoiceCsvReader) on a thread of its own, a few thousand rows ahead of
// whoever takes them: reading (libcsv, every field checked) and writing (the database) then
// share the time of a large import instead of adding up. What comes out is what
// InvoiceCsvReader::read hands over, in the same order -- valid rows and bad rows as the file
// has them, the bytes read after each chunk -- then its result.
//
// The caller's thread takes batches with next(); the reading thread waits while
// kQueuedBatches are waiting for it, so memory stays a few batches whatever the file's size.
// stop() (or the destructor) ends the reading at the next row and waits for the thread: the
// device is not touched by it afterwards. The device must not be used while it reads.
class InvoiceCsvPipeline
{
public:
    struct Item
    {
        int line = 0;
        Purchase purchase;             // a valid row...
        std::optional<RowError> error; // ...or a bad one
    };
    struct Batch
    {
        QList<Item> items;
        qint64 bytesRead = -1; // after the items: the bytes read so far (-1: no report here)
    };

    static constexpr int kBatchItems = 1024;
    static constexpr int kQueuedBatches = 4;

    // Starts reading `csv` (from its current position); `today` as InvoiceCsvReader::read.
    InvoiceCsvPipeline(QIODevice& csv, const QDate& today);
    ~InvoiceCsvPipeline();
    InvoiceCsvPipeline(const InvoiceCsvPipeline&) = delete;
    InvoiceCsvPipeline& operator=(const InvoiceCsvPipeline&) = delete;

    // The next batch, in file order, waiting for it if need be; false once the file is read
    // (or the reading stopped) and every batch taken: then result() tells.
    bool next(Batch& batch);
    // What InvoiceCsvReader::read returned; valid once next() returned false.
    const Result<int>& result() const { return m_result; }
    // Ends the reading at the next row and waits for the thread; batches not taken are dropped.
    void stop();

private:
    void run(QIODevice& csv, const QDate& today);
    // Hands `batch` over, waiting while the queue is full; false once stopped.
    bool push(Batch& batch);

    QMutex m_mutex;
    QWaitCondition m_changed; // the queue changed, or the reading ended, or stop()
    QList<Batch> m_queue;
    bool m_finished = false; // the reading thread is done: m_result is set
    bool m_stopped = false;
    Result<int> m_result = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace lp
