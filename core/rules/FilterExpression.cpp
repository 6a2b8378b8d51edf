#include "rules/FilterExpression.h"

namespace warden {

Result<FilterExpression> FilterExpression::parse(const QString &text, ExpressionError *error)
{
    Result<ExpressionTree> tree = ExpressionParser::parse(text, ExpressionParser::Grammar::DeviceFilter, error);
    if (!tree)
        return tree.error();
    FilterExpression filter;
    filter.m_text = text;
    filter.m_tree = std::move(tree).value();
    return filter;
}

QList<FieldInfo> FilterExpression::fields()
{
    return ExpressionParser::fields(ExpressionParser::Grammar::DeviceFilter);
}

bool FilterExpression::matches(const Device &device) const
{
    const DeviceSpanAccessor accessor(device);
    return matches(accessor, 0);
}

} // namespace warden
