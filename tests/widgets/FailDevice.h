// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>

/// A device that accepts @p capacity bytes and then fails every write, like a disk that fills up.
class FailDevice : public QBuffer
{
public:
    explicit FailDevice(qint64 capacity)
        : m_capacity(capacity)
    {
    }

protected:
    qint64 writeData(const char* data, qint64 length) override
    {
        if (size() + length > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        return QBuffer::writeData(data, length);
    }

private:
    qint64 m_capacity;
};
