#include "rules/ExpressionParser.h"

#include "domain/Enums.h"
#include "rules/DottedVersion.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace warden {

namespace {

constexpr int MaxCount = 10000;                   // bounds the rule engine's per-device window memory
constexpr qint64 MaxWindowMs = 24LL * 3600 * 1000; // repetition windows longer than a day belong in analysis
constexpr int MaxTermQuoteLength = 40;            // how much of a term an error message repeats
constexpr int MaxNesting = 64;                    // parentheses / NOT depth; keeps the recursion bounded

struct FieldSpec {
    FieldInfo info;
    TermField field;
};

template <typename E>
QStringList wireNames()
{
    QStringList names;
    for (const E value : enumValues<E>())
        names.append(toString(value));
    return names;
}

const QStringList &yesNo()
{
    static const QStringList values{u"yes"_s, u"no"_s};
    return values;
}

QList<FieldSpec> buildDeviceSpecs()
{
    return {
        {{u"id"_s, FieldKind::Text, u"Device id"_s, {}, u"id:dev-000123"_s}, TermField::Id},
        {{u"name"_s, FieldKind::Text, u"Device name; * matches any text"_s, {}, u"name:*lobby*"_s}, TermField::Name},
        {{u"class"_s, FieldKind::Text, u"Device class"_s, {}, u"class:infusion_pump"_s}, TermField::Class},
        {{u"vendor"_s, FieldKind::Text, u"Vendor"_s, {}, u"vendor:acme"_s}, TermField::Vendor},
        {{u"model"_s, FieldKind::Text, u"Model"_s, {}, u"model:\"X 200\""_s}, TermField::Model},
        {{u"fw"_s, FieldKind::Version, u"Firmware version, compared numerically"_s, {}, u"fw:<2.4"_s},
         TermField::Firmware},
        {{u"site"_s, FieldKind::Text, u"Site id"_s, {}, u"site:north-campus"_s}, TermField::Site},
        {{u"gateway"_s, FieldKind::Text, u"Gateway id"_s, {}, u"gateway:gw-0001"_s}, TermField::Gateway},
        {{u"segment"_s, FieldKind::Text, u"Network segment"_s, {}, u"segment:clinical-vlan-20"_s},
         TermField::Segment},
        {{u"status"_s, FieldKind::Choice, u"Connection status"_s, wireNames<DeviceStatus>(), u"status:offline"_s},
         TermField::Status},
        {{u"risk"_s, FieldKind::Number, u"Risk score 0..100"_s, {}, u"risk:>=70"_s}, TermField::Risk},
        {{u"quarantined"_s, FieldKind::Boolean, u"Under any quarantine level"_s, yesNo(), u"quarantined:no"_s},
         TermField::Quarantined},
        {{u"safety"_s, FieldKind::Boolean, u"Safety-critical device"_s, yesNo(), u"safety:yes"_s},
         TermField::SafetyCritical},
        {{u"online_update"_s, FieldKind::Boolean, u"Can take over-the-air updates"_s, yesNo(), u"online_update:no"_s},
         TermField::OnlineUpdate},
    };
}

QList<FieldSpec> buildRuleSpecs()
{
    QList<FieldSpec> specs = buildDeviceSpecs();
    specs += QList<FieldSpec>{
        {{u"type"_s, FieldKind::Choice, u"Threat type of the event"_s, wireNames<ThreatType>(), u"type:brute_force"_s},
         TermField::Type},
        {{u"severity"_s, FieldKind::Ranked, u"Event severity; >= means at least as severe"_s, wireNames<Severity>(),
          u"severity>=MAJOR"_s},
         TermField::Severity},
        {{u"source"_s, FieldKind::Text, u"Where the event's traffic came from"_s, {}, u"source:10.0.*"_s},
         TermField::Source},
        {{u"destination"_s, FieldKind::Text, u"Where the event's traffic went"_s, {}, u"destination:dev-000042"_s},
         TermField::Destination},
        {{u"cve"_s, FieldKind::Text, u"The device's firmware has this vulnerability"_s, {}, u"cve:CVE-2026-12345"_s},
         TermField::Cve},
        {{u"vulnerable"_s, FieldKind::Boolean, u"The device's firmware has any known vulnerability"_s, yesNo(),
          u"vulnerable:yes"_s},
         TermField::Vulnerable},
        {{u"count"_s, FieldKind::Repetition, u"At least N matching events of the same device within a time"_s, {},
          u"count>=5 within 60s"_s},
         TermField::Count},
    };
    return specs;
}

FieldSpec backendSpec()
{
    return {{u"backend"_s, FieldKind::Text, u"The backend (console connection) the device belongs to"_s, {},
             u"backend:demo"_s},
            TermField::Backend};
}

QList<FieldSpec> buildRegisterSpecs()
{
    QList<FieldSpec> specs = buildDeviceSpecs();
    specs.append(backendSpec());
    return specs;
}

const QList<FieldSpec> &specsFor(ExpressionParser::Grammar grammar)
{
    static const QList<FieldSpec> device = buildDeviceSpecs();
    static const QList<FieldSpec> rule = buildRuleSpecs();
    static const QList<FieldSpec> registerFilter = buildRegisterSpecs();
    switch (grammar) {
    case ExpressionParser::Grammar::DeviceFilter: return device;
    case ExpressionParser::Grammar::RuleCondition: return rule;
    case ExpressionParser::Grammar::RegisterFilter: return registerFilter;
    }
    return device;
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

bool isIdentifierStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentifierChar(QChar c)
{
    return isIdentifierStart(c) || (c >= u'0' && c <= u'9');
}

bool isOperatorChar(QChar c)
{
    return c == u'<' || c == u'>' || c == u'=' || c == u'!';
}

struct Token {
    enum class Kind { Word, Field, Open, Close, And, Or, Not };
    Kind kind = Kind::Word;
    QString name;  // Field: field name as typed; Word: the word; keywords: as typed
    QString op;    // Field: comparison as typed, without the colon
    bool colon = false;
    QString value; // Field: value (unescaped)
    bool quoted = false;
    int position = 0;
    int length = 0;
    int chunk = 0;
};

// Recursive-descent parser over a token list; the first error wins and stops everything.
class Parser {
public:
    Parser(QStringView text, ExpressionParser::Grammar grammar)
        : m_text(text), m_grammar(grammar), m_specs(specsFor(grammar))
    {
    }

    Result<ExpressionTree> run(ExpressionError *errorOut)
    {
        computeChunks();
        if (tokenize() && !m_tokens.empty()) {
            const int root = parseOr(0);
            if (!m_failed && m_next < m_tokens.size()) {
                // Only a stray ")" can stop parseOr before the end.
                fail(m_tokens[m_next], u"Unexpected \")\" "_s + where(m_tokens[m_next]) + u": there is no \"(\" to close."_s);
            }
            if (!m_failed) {
                m_tree.root = root;
                checkRepetition(root, true);
                orderByCost(root);
            }
        }
        if (m_failed) {
            if (errorOut)
                *errorOut = m_error;
            return Result<ExpressionTree>::failure(m_error.message);
        }
        return std::move(m_tree);
    }

private:
    // --- terms as the user sees them: whitespace-separated chunks, quotes kept together --------------------------

    void computeChunks()
    {
        m_chunkOf.assign(static_cast<std::size_t>(m_text.size()), 0);
        bool inQuote = false;
        bool inChunk = false;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const QChar c = m_text[i];
            if (!inQuote && c.isSpace()) {
                inChunk = false;
                continue;
            }
            if (!inChunk) {
                m_chunks.append({int(i), int(i)});
                inChunk = true;
            }
            const int chunk = int(m_chunks.size());
            m_chunkOf[std::size_t(i)] = chunk;
            m_chunks.last().second = int(i) + 1;
            if (inQuote && c == u'\\' && i + 1 < m_text.size()) {
                ++i;
                m_chunkOf[std::size_t(i)] = chunk;
                m_chunks.last().second = int(i) + 1;
            } else if (c == u'"') {
                inQuote = !inQuote;
            }
        }
    }

    QString chunkText(int chunk) const
    {
        if (chunk < 1 || chunk > m_chunks.size())
            return {};
        const auto [start, end] = m_chunks.at(chunk - 1);
        QString text = m_text.mid(start, end - start).toString();
        if (text.size() > MaxTermQuoteLength)
            text = text.left(MaxTermQuoteLength - 1) + u'…';
        return text;
    }

    QString where(int chunk, int position) const
    {
        return u"in term %1 (%2) at column %3"_s.arg(chunk).arg(chunkText(chunk)).arg(position + 1);
    }

    QString where(const Token &token) const { return where(token.chunk, token.position); }

    int chunkAt(qsizetype position) const
    {
        if (m_chunkOf.empty())
            return 0;
        position = qBound<qsizetype>(0, position, m_text.size() - 1);
        return m_chunkOf[std::size_t(position)];
    }

    void fail(int position, int length, int chunk, const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error = ExpressionError{message, position, qMax(1, length), chunk};
    }

    void fail(const Token &token, const QString &message) { fail(token.position, token.length, token.chunk, message); }

    // --- tokens -------------------------------------------------------------------------------------------------

    // Reads a quoted string starting at m_text[i] == '"'; on success i is just past the closing quote.
    bool readQuoted(qsizetype &i, QString &out)
    {
        const qsizetype start = i;
        ++i;
        while (i < m_text.size()) {
            const QChar c = m_text[i];
            if (c == u'\\' && i + 1 < m_text.size()) {
                out += m_text[i + 1];
                i += 2;
                continue;
            }
            ++i;
            if (c == u'"') {
                if (i < m_text.size() && !m_text[i].isSpace() && m_text[i] != u')') {
                    const int chunk = chunkAt(start);
                    fail(int(i), 1, chunk,
                         u"Unexpected text after the closing quote "_s + where(chunk, int(i))
                             + u"; put the quotes around the whole value."_s);
                    return false;
                }
                return true;
            }
            out += c;
        }
        const int chunk = chunkAt(start);
        fail(int(start), int(m_text.size() - start), chunk,
             u"Unclosed quote "_s + where(chunk, int(start)) + u"; add a closing \"."_s);
        return false;
    }

    // Reads unquoted text up to whitespace or a parenthesis (a ")" always ends it; "(" only when stopAtOpen).
    bool readBare(qsizetype &i, QString &out, bool stopAtOpen)
    {
        const qsizetype start = i;
        while (i < m_text.size()) {
            const QChar c = m_text[i];
            if (c.isSpace() || c == u')' || (stopAtOpen && c == u'('))
                break;
            if (c == u'"') {
                const int chunk = chunkAt(start);
                fail(int(i), 1, chunk,
                     u"Unexpected quote "_s + where(chunk, int(i))
                         + u"; put the quotes around the whole value."_s);
                return false;
            }
            ++i;
        }
        out = m_text.mid(start, i - start).toString();
        return true;
    }

    bool tokenize()
    {
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n && !m_failed) {
            const QChar c = m_text[i];
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token token;
            token.position = int(i);
            token.chunk = chunkAt(i);
            if (c == u'(' || c == u')') {
                token.kind = c == u'(' ? Token::Kind::Open : Token::Kind::Close;
                token.name = c;
                ++i;
            } else if (c == u'-') {
                if (i + 1 >= n || m_text[i + 1].isSpace() || m_text[i + 1] == u')') {
                    fail(int(i), 1, token.chunk, u"\"-\" "_s + where(token) + u" must be directly followed by a term."_s);
                    return false;
                }
                token.kind = Token::Kind::Not;
                token.name = u"-"_s;
                ++i;
            } else if (c == u'"') {
                token.kind = Token::Kind::Word;
                token.quoted = true;
                if (!readQuoted(i, token.name))
                    return false;
            } else {
                qsizetype end = i;
                if (isIdentifierStart(c)) {
                    while (end < n && isIdentifierChar(m_text[end]))
                        ++end;
                }
                if (end > i && end < n && (m_text[end] == u':' || isOperatorChar(m_text[end]))) {
                    token.kind = Token::Kind::Field;
                    token.name = m_text.mid(i, end - i).toString();
                    i = end;
                    if (m_text[i] == u':') {
                        token.colon = true;
                        ++i;
                    }
                    const qsizetype opStart = i;
                    while (i < n && isOperatorChar(m_text[i]))
                        ++i;
                    token.op = m_text.mid(opStart, i - opStart).toString();
                    if (i < n && m_text[i] == u'"') {
                        token.quoted = true;
                        if (!readQuoted(i, token.value))
                            return false;
                    } else if (!readBare(i, token.value, false)) {
                        return false;
                    }
                } else {
                    if (!readBare(i, token.name, true))
                        return false;
                    if (token.name == u"OR"_s)
                        token.kind = Token::Kind::Or;
                    else if (token.name == u"AND"_s)
                        token.kind = Token::Kind::And;
                    else if (token.name == u"NOT"_s)
                        token.kind = Token::Kind::Not;
                }
            }
            token.length = int(i) - token.position;
            m_tokens.push_back(std::move(token));
        }
        return !m_failed;
    }

    // --- grammar ------------------------------------------------------------------------------------------------

    const Token *peek() const { return m_next < m_tokens.size() ? &m_tokens[m_next] : nullptr; }

    bool startsOperand(const Token *token) const
    {
        return token
            && (token->kind == Token::Kind::Word || token->kind == Token::Kind::Field || token->kind == Token::Kind::Open
                || token->kind == Token::Kind::Not);
    }

    int addNode(ExpressionNode node, std::size_t token)
    {
        m_tree.nodes.push_back(std::move(node));
        m_nodeToken.push_back(token);
        return int(m_tree.nodes.size()) - 1;
    }

    int addGroup(ExpressionNode::Kind kind, const QList<int> &members, std::size_t token)
    {
        if (members.size() == 1 && kind != ExpressionNode::Kind::Not)
            return members.constFirst();
        ExpressionNode node;
        node.kind = kind;
        node.firstChild = int(m_tree.children.size());
        node.childCount = int(members.size());
        for (const int member : members)
            m_tree.children.push_back(member);
        return addNode(std::move(node), token);
    }

    int parseOr(int depth)
    {
        const std::size_t first = m_next;
        QList<int> alternatives{parseAnd(depth)};
        while (!m_failed && peek() && peek()->kind == Token::Kind::Or) {
            const Token &orToken = m_tokens[m_next++];
            if (!startsOperand(peek())) {
                fail(orToken, u"\"OR\" "_s + where(orToken) + u" needs a term on both sides."_s);
                return -1;
            }
            alternatives.append(parseAnd(depth));
        }
        return m_failed ? -1 : addGroup(ExpressionNode::Kind::Or, alternatives, first);
    }

    int parseAnd(int depth)
    {
        const std::size_t first = m_next;
        QList<int> terms{parseUnary(depth)};
        while (!m_failed) {
            const Token *token = peek();
            if (token && token->kind == Token::Kind::And) {
                const Token &andToken = m_tokens[m_next++];
                if (!startsOperand(peek())) {
                    fail(andToken, u"\"AND\" "_s + where(andToken) + u" needs a term on both sides."_s);
                    return -1;
                }
                continue;
            }
            if (!startsOperand(token))
                break;
            terms.append(parseUnary(depth));
        }
        return m_failed ? -1 : addGroup(ExpressionNode::Kind::And, terms, first);
    }

    int parseUnary(int depth)
    {
        const Token *token = peek();
        if (token && token->kind == Token::Kind::Not) {
            const std::size_t notIndex = m_next++;
            const Token &notToken = m_tokens[notIndex];
            if (depth >= MaxNesting) {
                fail(notToken, u"Too deeply nested "_s + where(notToken) + u"."_s);
                return -1;
            }
            if (!startsOperand(peek())) {
                fail(notToken, quoted(notToken.name) + u" "_s + where(notToken) + u" must be followed by a term."_s);
                return -1;
            }
            const int operand = parseUnary(depth + 1);
            return m_failed ? -1 : addGroup(ExpressionNode::Kind::Not, {operand}, notIndex);
        }
        return parsePrimary(depth);
    }

    int parsePrimary(int depth)
    {
        const Token *token = peek();
        if (!token) {
            // Callers only descend when an operand follows, so this is the end of an empty group.
            const int end = int(m_text.size());
            fail(end, 1, chunkAt(end - 1), u"Expected a term at the end of the expression."_s);
            return -1;
        }
        const std::size_t index = m_next++;
        switch (token->kind) {
        case Token::Kind::Open: {
            if (depth >= MaxNesting) {
                fail(*token, u"Too deeply nested "_s + where(*token) + u"."_s);
                return -1;
            }
            const Token *next = peek();
            if (next && next->kind == Token::Kind::Close) {
                fail(token->position, next->position + 1 - token->position, token->chunk,
                     u"Empty parentheses "_s + where(*token) + u"."_s);
                return -1;
            }
            if (!startsOperand(next)) {
                if (!next) {
                    fail(*token, u"Missing \")\" to close the \"(\" "_s + where(*token) + u"."_s);
                } else {
                    fail(*next, quoted(next->name) + u" "_s + where(*next) + u" needs a term on both sides."_s);
                }
                return -1;
            }
            const int inner = parseOr(depth + 1);
            if (m_failed)
                return -1;
            const Token *close = peek();
            if (!close || close->kind != Token::Kind::Close) {
                fail(*token, u"Missing \")\" to close the \"(\" "_s + where(*token) + u"."_s);
                return -1;
            }
            ++m_next;
            return inner;
        }
        case Token::Kind::Close:
            fail(*token, u"Unexpected \")\" "_s + where(*token) + u": there is no \"(\" to close."_s);
            return -1;
        case Token::Kind::Or:
        case Token::Kind::And:
            fail(*token, quoted(token->name) + u" "_s + where(*token) + u" needs a term on both sides."_s);
            return -1;
        case Token::Kind::Not:
            return -1; // handled by parseUnary
        case Token::Kind::Word:
            return compileWord(index);
        case Token::Kind::Field:
            return compileField(index);
        }
        return -1;
    }

    // --- terms --------------------------------------------------------------------------------------------------

    int compileWord(std::size_t index)
    {
        const Token &token = m_tokens[index];
        if (m_grammar == ExpressionParser::Grammar::RuleCondition) {
            fail(token, u"Free text "_s + quoted(token.name) + u" "_s + where(token)
                            + u" is not allowed in a rule condition; use field:value, e.g. type:brute_force."_s);
            return -1;
        }
        ExpressionNode node;
        node.field = TermField::FreeText;
        node.value = token.name;
        return addNode(std::move(node), index);
    }

    const FieldSpec *findField(const QString &name) const
    {
        for (const FieldSpec &spec : m_specs) {
            if (spec.info.name.compare(name, Qt::CaseInsensitive) == 0)
                return &spec;
        }
        return nullptr;
    }

    QString knownFieldList() const
    {
        QStringList names;
        for (const FieldSpec &spec : m_specs)
            names.append(spec.info.name);
        return names.join(u", "_s);
    }

    QString comparableFieldList() const
    {
        QStringList names;
        for (const FieldSpec &spec : m_specs) {
            if (spec.info.comparable())
                names.append(spec.info.name);
        }
        const QString last = names.takeLast();
        return names.isEmpty() ? last : names.join(u", "_s) + u" and "_s + last;
    }

    int compileField(std::size_t index)
    {
        const Token &token = m_tokens[index];
        const FieldSpec *spec = findField(token.name);
        if (!spec && token.name.compare(backendSpec().info.name, Qt::CaseInsensitive) == 0) {
            // Known, but meaningless where one backend evaluates the expression over its own devices: say so
            // rather than call it unknown (or match nothing without a word).
            fail(token.position, int(token.name.size()), token.chunk,
                 u"Field \"backend\" "_s + where(token)
                     + (m_grammar == ExpressionParser::Grammar::RuleCondition
                            ? u" cannot be used in a rule condition: a rule runs inside one backend, on its own "
                              u"devices only."_s
                            : u" only works in the register's filter, which lists the devices of every connected "
                              u"backend; a campaign's target filter is evaluated by its backend, on its own devices "
                              u"only."_s));
            return -1;
        }
        if (!spec) {
            fail(token.position, int(token.name.size()), token.chunk,
                 u"Unknown field "_s + quoted(token.name) + u" "_s + where(token) + u". Known fields: "_s
                     + knownFieldList() + u"."_s);
            return -1;
        }
        const FieldInfo &info = spec->info;
        const QString written = token.name + (token.colon ? u":"_s : QString()) + token.op;

        ExpressionNode node;
        node.field = spec->field;
        if (token.op.isEmpty() || token.op == u"="_s || token.op == u"=="_s) {
            node.op = CompareOp::Equal;
        } else if (token.op == u"!="_s) {
            node.op = CompareOp::NotEqual;
        } else if (token.op == u"<"_s) {
            node.op = CompareOp::Less;
        } else if (token.op == u"<="_s) {
            node.op = CompareOp::LessEqual;
        } else if (token.op == u">"_s) {
            node.op = CompareOp::Greater;
        } else if (token.op == u">="_s) {
            node.op = CompareOp::GreaterEqual;
        } else {
            fail(token, u"Unknown comparison "_s + quoted(token.op) + u" "_s + where(token)
                            + u"; use one of : = != < <= > >= (e.g. "_s + info.example + u")."_s);
            return -1;
        }
        const bool ordered = node.op != CompareOp::Equal && node.op != CompareOp::NotEqual;

        if (token.value.isEmpty() && !token.quoted) {
            fail(token, u"Missing value after "_s + quoted(written) + u" "_s + where(token) + u"; expected e.g. "_s
                            + info.example + u"."_s);
            return -1;
        }
        if (!token.quoted && token.value.startsWith(u'(')) {
            fail(token, u"Values cannot be grouped "_s + where(token) + u"; write ("_s + info.name + u":a OR "_s
                            + info.name + u":b) instead."_s);
            return -1;
        }
        if (info.kind == FieldKind::Repetition)
            return compileCount(index, std::move(node), written);
        if (ordered && !info.comparable()) {
            fail(token, u"Field "_s + quoted(info.name) + u" cannot be compared with "_s + quoted(token.op) + u" "_s
                            + where(token) + u"; only "_s + comparableFieldList()
                            + u" support <, <=, > and >=."_s);
            return -1;
        }

        const QString &value = token.value;
        const QString notValue = u", not "_s + quoted(value) + u"."_s;
        switch (info.kind) {
        case FieldKind::Text:
        case FieldKind::Version:
            node.value = value;
            node.glob = value.contains(u'*');
            if (node.glob) {
                if (ordered) {
                    fail(token, u"A version with * cannot be compared with "_s + quoted(token.op) + u" "_s
                                    + where(token) + notValue);
                    return -1;
                }
                node.pieces = value.split(u'*');
            } else if (info.kind == FieldKind::Version && !DottedVersion::isValid(value)) {
                fail(token, u"Expected a version such as 2.4 for "_s + quoted(info.name) + u" "_s + where(token)
                                + notValue);
                return -1;
            }
            break;
        case FieldKind::Number: {
            bool ok = false;
            node.number = value.toInt(&ok);
            if (!ok || node.number < 0 || node.number > 100) {
                fail(token, u"Expected a whole number from 0 to 100 for "_s + quoted(info.name) + u" "_s
                                + where(token) + notValue);
                return -1;
            }
            break;
        }
        case FieldKind::Boolean: {
            const QString lower = value.toLower();
            if (lower == u"yes"_s || lower == u"true"_s || lower == u"1"_s) {
                node.number = 1;
            } else if (lower == u"no"_s || lower == u"false"_s || lower == u"0"_s) {
                node.number = 0;
            } else {
                fail(token, u"Expected yes or no for "_s + quoted(info.name) + u" "_s + where(token) + notValue);
                return -1;
            }
            break;
        }
        case FieldKind::Choice:
        case FieldKind::Ranked: {
            const qsizetype choice = [&] {
                for (qsizetype i = 0; i < info.values.size(); ++i) {
                    if (info.values.at(i).compare(value, Qt::CaseInsensitive) == 0)
                        return i;
                }
                return qsizetype(-1);
            }();
            if (choice < 0) {
                fail(token, u"Unknown "_s + info.name + u" "_s + quoted(value) + u" "_s + where(token)
                                + u"; expected one of "_s + info.values.join(u", "_s) + u"."_s);
                return -1;
            }
            // Choices are stored by enum value; severities by rank so that >= reads "at least as severe".
            node.number = info.kind == FieldKind::Ranked ? ExpressionTree::severityRank(static_cast<Severity>(choice))
                                                         : int(choice);
            break;
        }
        case FieldKind::Repetition:
            break;
        }
        return addNode(std::move(node), index);
    }

    int compileCount(std::size_t index, ExpressionNode node, const QString &written)
    {
        const Token &token = m_tokens[index];
        const QString example = u"e.g. count>=5 within 60s"_s;
        if (node.op != CompareOp::GreaterEqual && node.op != CompareOp::Greater) {
            fail(token, u"\"count\" "_s + where(token) + u" only supports >= and >, "_s + example + u"."_s);
            return -1;
        }
        bool ok = false;
        const int count = token.value.toInt(&ok);
        if (!ok || count < 1 || count > MaxCount || (node.op == CompareOp::Greater && count >= MaxCount)) {
            fail(token, u"Expected a whole number from 1 to %1 for \"count\" "_s.arg(MaxCount) + where(token)
                            + u", not "_s + quoted(token.value) + u"."_s);
            return -1;
        }
        node.number = node.op == CompareOp::Greater ? count + 1 : count;
        node.op = CompareOp::GreaterEqual;

        const Token *within = peek();
        if (!within || within->kind != Token::Kind::Word || within->quoted
            || within->name.compare(u"within"_s, Qt::CaseInsensitive) != 0) {
            fail(token, u"Expected \"within <duration>\" after "_s + quoted(written + token.value) + u" "_s
                            + where(token) + u", "_s + example + u"."_s);
            return -1;
        }
        const Token &withinToken = m_tokens[m_next++];
        const Token *duration = peek();
        if (!duration || duration->kind != Token::Kind::Word || duration->quoted) {
            fail(withinToken, u"Expected a duration after \"within\" "_s + where(withinToken) + u", "_s + example
                                  + u"."_s);
            return -1;
        }
        const Token &durationToken = m_tokens[m_next++];
        node.windowMs = parseDuration(durationToken.name);
        if (node.windowMs <= 0) {
            fail(durationToken, u"Bad duration "_s + quoted(durationToken.name) + u" "_s + where(durationToken)
                                    + u"; use a whole number followed by ms, s, m or h (at most 24h), e.g. 60s."_s);
            return -1;
        }
        return addNode(std::move(node), index);
    }

    static qint64 parseDuration(const QString &text)
    {
        qsizetype digits = 0;
        while (digits < text.size() && text[digits].isDigit())
            ++digits;
        if (digits == 0 || digits > 9)
            return -1;
        const qint64 amount = text.left(digits).toLongLong();
        const QString unit = text.mid(digits).toLower();
        qint64 factor = 0;
        if (unit == u"ms"_s)
            factor = 1;
        else if (unit == u"s"_s || unit == u"sec"_s)
            factor = 1000;
        else if (unit == u"m"_s || unit == u"min"_s)
            factor = 60 * 1000;
        else if (unit == u"h"_s)
            factor = 3600 * 1000;
        const qint64 ms = amount * factor;
        return ms > 0 && ms <= MaxWindowMs ? ms : -1;
    }

    // A repetition applies to the whole rule, so it must be a plain conjunct: not under NOT or OR, and only once.
    void checkRepetition(int index, bool allowed)
    {
        if (m_failed || index < 0)
            return;
        const ExpressionNode &node = m_tree.nodes[std::size_t(index)];
        if (node.kind == ExpressionNode::Kind::Term) {
            if (node.field != TermField::Count)
                return;
            const Token &token = m_tokens[m_nodeToken[std::size_t(index)]];
            if (!allowed) {
                fail(token, u"\"count\" "_s + where(token)
                                + u" cannot be negated or combined with OR; add it as a separate term next to the "
                                  u"others, e.g. type:brute_force count>=5 within 60s."_s);
            } else if (m_seenCount) {
                fail(token, u"Only one count term is allowed; "_s + where(token).mid(3) + u" repeats it."_s);
            }
            m_seenCount = true;
            return;
        }
        const bool childAllowed = allowed && node.kind == ExpressionNode::Kind::And;
        for (int i = 0; i < node.childCount; ++i)
            checkRepetition(m_tree.children[std::size_t(node.firstChild + i)], childAllowed);
    }

    // Rough evaluation cost of a node, in "reads of a number".
    int costOf(int index) const
    {
        const ExpressionNode &node = m_tree.nodes[std::size_t(index)];
        if (node.kind != ExpressionNode::Kind::Term) {
            int sum = 0;
            for (int i = 0; i < node.childCount; ++i)
                sum += costOf(m_tree.children[std::size_t(node.firstChild + i)]);
            return sum;
        }
        switch (node.field) {
        case TermField::Count:
            return 0; // always true here
        case TermField::Risk:
        case TermField::Status:
        case TermField::Quarantined:
        case TermField::SafetyCritical:
        case TermField::OnlineUpdate:
        case TermField::Type:
        case TermField::Severity:
            return 1;
        case TermField::Firmware:
            return node.glob ? 4 : 3;
        case TermField::FreeText:
            return 12; // a substring search in nine fields
        case TermField::Cve:
        case TermField::Vulnerable:
            return 16; // a catalogue lookup
        default:
            return node.glob ? 4 : 2;
        }
    }

    // AND and OR have no side effects, so their operands may run cheapest first: at a million rows, testing
    // risk:>70 before a text comparison decides most rows without touching strings.
    void orderByCost(int index)
    {
        const ExpressionNode &node = m_tree.nodes[std::size_t(index)];
        if (node.kind == ExpressionNode::Kind::Term)
            return;
        const auto begin = m_tree.children.begin() + node.firstChild;
        const auto end = begin + node.childCount;
        for (auto it = begin; it != end; ++it)
            orderByCost(*it);
        if (node.kind != ExpressionNode::Kind::Not)
            std::stable_sort(begin, end, [this](int a, int b) { return costOf(a) < costOf(b); });
    }

    QStringView m_text;
    ExpressionParser::Grammar m_grammar;
    const QList<FieldSpec> &m_specs;
    std::vector<int> m_chunkOf;
    QList<std::pair<int, int>> m_chunks; // [start, end) of each term
    std::vector<Token> m_tokens;
    std::size_t m_next = 0;
    ExpressionTree m_tree;
    std::vector<std::size_t> m_nodeToken; // token of each node, for errors found after parsing
    bool m_seenCount = false;
    bool m_failed = false;
    ExpressionError m_error;
};

} // namespace

Result<ExpressionTree> ExpressionParser::parse(QStringView text, Grammar grammar, ExpressionError *error)
{
    Parser parser(text, grammar);
    return parser.run(error);
}

QList<FieldInfo> ExpressionParser::fields(Grammar grammar)
{
    QList<FieldInfo> infos;
    for (const FieldSpec &spec : specsFor(grammar))
        infos.append(spec.info);
    return infos;
}

} // namespace warden
