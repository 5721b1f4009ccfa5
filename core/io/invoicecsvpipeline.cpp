// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "invoicecsvpipeline.h"

#include <QMutexLocker>
#include <QThread>

namespace lp {

InvoiceCsvPipeline::InvoiceCsvPipeline(QIODevice& csv, const QDate& today)
{
    m_thread.reset(QThread::create([this, &csv, today] { run(csv, today); }));
    m_thread->setObjectName(QStringLiteral("invoice CSV reader"));
    m_thread->start();
}

InvoiceCsvPipeline::~InvoiceCsvPipeline()
{
    stop();
}

void InvoiceCsvPipeline::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_queue.clear();
        m_changed.wakeAll();
    }
    m_thread->wait();
}

bool InvoiceCsvPipeline::next(Batch& batch)
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.isEmpty() && !m_finished)
        m_changed.wait(&m_mutex);
    if (m_queue.isEmpty())
        return false;
    batch = m_queue.takeFirst();
    m_changed.wakeAll(); // room for the reading thread
    return true;
}

bool InvoiceCsvPipeline::push(Batch& batch)
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.size() >= kQueuedBatches && !m_stopped)
        m_changed.wait(&m_mutex);
    if (m_stopped)
        return false;
    m_queue.append(std::exchange(batch, Batch{}));
    m_changed.wakeAll();
    return true;
}

void InvoiceCsvPipeline::run(QIODevice& csv, const QDate& today)
{
    Batch current;
    current.items.reserve(kBatchItems);
    bool going = true;
    // A full batch goes at once; so does a progress report, to reach the caller with its rows.
    auto handOver = [&] {
        going = push(current);
        current.items.reserve(kBatchItems);
        return going;
    };
    InvoiceCsvReader::Handlers handlers;
    handlers.onPurchase = [&](int line, const Purchase& p) {
        if (!going)
            return false;
        current.items.append({line, p, std::nullopt});
        return current.items.size() < kBatchItems || handOver();
    };
    handlers.onError = [&](const RowError& e) {
        if (!going)
            return false;
        current.items.append({e.row, {}, e});
        return current.items.size() < kBatchItems || handOver();
    };
    handlers.onProgress = [&](qint64 bytes) {
        if (!going)
            return;
        current.bytesRead = bytes;
        handOver();
    };
    Result<int> result = InvoiceCsvReader::read(csv, today, handlers);
    if (going && !current.items.isEmpty())
        handOver();
    QMutexLocker lock(&m_mutex);
    m_result = std::move(result);
    m_finished = true;
    m_changed.wakeAll();
}

} // namespace lp
