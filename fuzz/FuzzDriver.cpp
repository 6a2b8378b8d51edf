// The main() of a harness when libFuzzer is not available (gcc builds, CI): runs every input file given (seeds,
// regression inputs) through LLVMFuzzerTestOneInput, then mutated copies of them for a time or run budget. The
// mutations are libFuzzer's cheap ones (bit flips, random and "interesting" bytes, inserts, erases, copies within
// the input, splices with another seed, dictionary words) driven by a seeded generator, so a run is reproducible:
// the same seed, files and budget of runs give the same inputs. It has no coverage feedback - libFuzzer
// (scripts/fuzz-smoke) goes deeper - but it runs every property check of the harness on many inputs near the seeds
// in any build, which is what the CTest smoke needs.
//
//   fuzz_<name> [--seconds S] [--runs N] [--seed X] [--max-len BYTES] [--dict FILE] [--artifacts DIR] PATH...
//
// PATH is a file or a directory of files. A crash or broken property (the harness traps) writes the input to
// DIR/crash-<name>-<run> first, so it can be replayed with `fuzz_<name> that-file`.

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

// The input being run and where to save it if the harness dies on it; read from the signal handler.
const char *g_current = nullptr;
size_t g_currentSize = 0;
char g_crashPath[4096] = {};
char g_givenName[4096] = {};

void saveCurrentInput(int signal)
{
    if (g_current && !g_crashPath[0] && g_givenName[0]) {
        static const char given[] = "fuzz driver: died on the given input ";
        (void)!::write(STDERR_FILENO, given, sizeof given - 1);
        (void)!::write(STDERR_FILENO, g_givenName, std::strlen(g_givenName));
        (void)!::write(STDERR_FILENO, "\n", 1);
    }
    if (g_current && g_crashPath[0]) {
        const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            size_t written = 0;
            while (written < g_currentSize) {
                const ssize_t n = ::write(fd, g_current + written, g_currentSize - written);
                if (n <= 0)
                    break;
                written += size_t(n);
            }
            ::close(fd);
            static const char saved[] = "fuzz driver: the input was saved to ";
            (void)!::write(STDERR_FILENO, saved, sizeof saved - 1);
            (void)!::write(STDERR_FILENO, g_crashPath, std::strlen(g_crashPath));
            (void)!::write(STDERR_FILENO, "\n", 1);
        }
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// splitmix64: small, fast, and the same sequence everywhere for a given seed.
class Random {
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0..bound-1 (bound > 0)
    qsizetype below(qsizetype bound) { return qsizetype(next() % quint64(bound)); }

private:
    quint64 m_state;
};

// libFuzzer dictionary lines: optional name, then a quoted value with \\, \" and \xNN escapes.
QList<QByteArray> readDictionary(const QString &path)
{
    QList<QByteArray> words;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return words;
    for (const QByteArray &rawLine : file.readAll().split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype open = line.indexOf('"');
        const qsizetype close = line.lastIndexOf('"');
        if (open < 0 || close <= open)
            continue;
        QByteArray word;
        for (qsizetype i = open + 1; i < close; ++i) {
            if (line.at(i) == '\\' && i + 1 < close) {
                const char escaped = line.at(++i);
                if (escaped == 'x' && i + 2 < close) {
                    word.append(char(line.mid(i + 1, 2).toInt(nullptr, 16)));
                    i += 2;
                } else {
                    word.append(escaped);
                }
            } else {
                word.append(line.at(i));
            }
        }
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

QList<QByteArray> readInputs(const QStringList &paths, QStringList *names)
{
    QList<QByteArray> inputs;
    const auto add = [&](const QString &path) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            inputs.append(file.readAll());
            names->append(path);
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString &entry : dir.entryList(QDir::Files, QDir::Name))
                add(dir.filePath(entry));
        } else {
            add(path);
        }
    }
    return inputs;
}

class Mutator {
public:
    Mutator(quint64 seed, QList<QByteArray> seeds, QList<QByteArray> dictionary, qsizetype maxLength)
        : m_random(seed), m_seeds(std::move(seeds)), m_dictionary(std::move(dictionary)), m_maxLength(maxLength)
    {
    }

    QByteArray next()
    {
        QByteArray data = m_seeds.isEmpty() ? QByteArray() : m_seeds.at(m_random.below(m_seeds.size()));
        const int steps = 1 + int(m_random.below(8));
        for (int i = 0; i < steps; ++i)
            mutate(data);
        if (data.size() > m_maxLength)
            data.truncate(m_maxLength);
        return data;
    }

private:
    void mutate(QByteArray &data)
    {
        static constexpr unsigned char Interesting[] = {0, 1, 0x7f, 0x80, 0xff, 0xfe, 0xc0, 0xed, 0xf4,
                                                        '"', '\\', '{', '}', '[', ']', ',', ':', '\r', '\n', '-'};
        const auto position = [&](qsizetype extra) { return m_random.below(data.size() + extra); };
        switch (data.isEmpty() ? 3 : m_random.below(10)) {
        case 0: // flip one bit
            data[position(0)] ^= char(1u << m_random.below(8));
            break;
        case 1: // any byte
            data[position(0)] = char(m_random.next());
            break;
        case 2: // a byte parsers care about
            data[position(0)] = char(Interesting[m_random.below(sizeof Interesting)]);
            break;
        case 3: // insert one to four random bytes
            for (qsizetype n = 1 + m_random.below(4); n > 0; --n)
                data.insert(position(1), char(m_random.next()));
            break;
        case 4: { // erase a range
            const qsizetype at = position(0);
            data.remove(at, 1 + m_random.below(std::min<qsizetype>(16, data.size() - at)));
            break;
        }
        case 5: { // copy a range of the input elsewhere into it
            const qsizetype from = position(0);
            const QByteArray piece = data.mid(from, 1 + m_random.below(std::min<qsizetype>(64, data.size() - from)));
            data.insert(position(1), piece);
            break;
        }
        case 6: { // splice: this input's head with another seed's tail
            const QByteArray &other = m_seeds.at(m_random.below(m_seeds.size()));
            data = data.left(position(1)) + other.mid(m_random.below(other.size() + 1));
            break;
        }
        case 7: // an ASCII digit changed, or a number grown long
            for (qsizetype i = position(0), n = 0; n < data.size(); ++n, i = (i + 1) % data.size()) {
                if (data.at(i) >= '0' && data.at(i) <= '9') {
                    if (m_random.below(2) == 0)
                        data[i] = char('0' + m_random.below(10));
                    else
                        data.insert(i, QByteArray(1 + m_random.below(24), '9'));
                    break;
                }
            }
            break;
        default: // a dictionary word inserted or written over the input
            if (m_dictionary.isEmpty()) {
                data.insert(position(1), char(Interesting[m_random.below(sizeof Interesting)]));
            } else {
                const QByteArray &word = m_dictionary.at(m_random.below(m_dictionary.size()));
                const qsizetype at = position(1);
                if (m_random.below(2) == 0)
                    data.insert(at, word);
                else
                    data.replace(at, std::min(word.size(), data.size() - at), word);
            }
            break;
        }
    }

    Random m_random;
    QList<QByteArray> m_seeds;
    QList<QByteArray> m_dictionary;
    qsizetype m_maxLength;
};

void runOne(const QByteArray &input)
{
    g_current = input.constData();
    g_currentSize = size_t(input.size());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    g_current = nullptr;
}

int usage(const char *program)
{
    std::fprintf(stderr,
                 "usage: %s [--seconds S] [--runs N] [--seed X] [--max-len BYTES] [--dict FILE] [--artifacts DIR] "
                 "PATH...\n",
                 program);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    double seconds = 0;
    qint64 runs = -1;
    quint64 seed = 1;
    qsizetype maxLength = 4096;
    QString dictionaryPath;
    QString artifacts = QStringLiteral(".");
    QStringList paths;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        const bool hasValue = i + 1 < argc;
        if (argument == "--seconds" && hasValue)
            seconds = std::atof(argv[++i]);
        else if (argument == "--runs" && hasValue)
            runs = std::atoll(argv[++i]);
        else if (argument == "--seed" && hasValue)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (argument == "--max-len" && hasValue)
            maxLength = std::atoll(argv[++i]);
        else if (argument == "--dict" && hasValue)
            dictionaryPath = QString::fromLocal8Bit(argv[++i]);
        else if (argument == "--artifacts" && hasValue)
            artifacts = QString::fromLocal8Bit(argv[++i]);
        else if (argument.startsWith("--"))
            return usage(argv[0]);
        else
            paths.append(QString::fromLocal8Bit(argument));
    }
    if (paths.isEmpty())
        return usage(argv[0]);

    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    const QString name = QFileInfo(QString::fromLocal8Bit(argv[0])).fileName();
    for (const int signal : {SIGSEGV, SIGABRT, SIGILL, SIGFPE, SIGBUS, SIGTRAP})
        std::signal(signal, saveCurrentInput);

    // Every given input as it is first: seeds must pass, regression inputs must stay fixed.
    QStringList names;
    const QList<QByteArray> inputs = readInputs(paths, &names);
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "%s: no input files in the given paths\n", qPrintable(name));
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        // A given file is its own reproducer: nothing to save, only its name to print.
        g_crashPath[0] = 0;
        std::snprintf(g_givenName, sizeof g_givenName, "%s", qPrintable(names.at(i)));
        runOne(inputs.at(i));
    }

    Mutator mutator(seed, inputs, readDictionary(dictionaryPath), maxLength);
    const qint64 budgetMs = qint64(seconds * 1000);
    qint64 executed = 0;
    while ((runs < 0 || executed < runs) && (budgetMs <= 0 ? runs >= 0 : clock.elapsed() < budgetMs)) {
        const QByteArray input = mutator.next();
        std::snprintf(g_crashPath, sizeof g_crashPath, "%s/crash-%s-seed%llu-run%lld", qPrintable(artifacts),
                      qPrintable(name), static_cast<unsigned long long>(seed), static_cast<long long>(executed));
        runOne(input);
        ++executed;
    }
    const double elapsed = std::max<qint64>(1, clock.elapsed()) / 1000.0;
    std::printf("%s: %lld inputs given, %lld mutated runs in %.1f s (%.0f execs/s), seed %llu: no crash, every "
                "property held\n",
                qPrintable(name), static_cast<long long>(inputs.size()), static_cast<long long>(executed), elapsed,
                double(executed + inputs.size()) / elapsed, static_cast<unsigned long long>(seed));
    return 0;
}
