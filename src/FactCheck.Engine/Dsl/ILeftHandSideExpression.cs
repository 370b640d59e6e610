using System.Linq.Expressions;

namespace FactCheck.Engine.Dsl;

/// <summary>
/// The conditions of a rule: the patterns its facts must match, in order. Conditions are lambdas over the pattern's
/// fact and may read any alias bound by an earlier element.
/// </summary>
public interface ILeftHandSideExpression
{
    /// <summary>
    /// Matches a fact of type <typeparamref name="TFact"/> and binds it to an alias, a local variable of
    /// <see cref="Rule.Define"/> that later conditions and actions read.
    /// </summary>
    /// <param name="alias">The alias, written <c>() =&gt; a</c>.</param>
    /// <param name="conditions">Conditions the fact must satisfy; each may read earlier aliases.</param>
    ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Matches a fact of type <typeparamref name="TFact"/> without naming it.</summary>
    /// <param name="conditions">Conditions the fact must satisfy; each may read earlier aliases.</param>
    ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Holds only while no fact of type <typeparamref name="TFact"/> satisfies the conditions.</summary>
    /// <param name="conditions">Conditions a fact would have to satisfy to block the rule.</param>
    ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Holds while at least one fact of type <typeparamref name="TFact"/> satisfies the conditions; binds nothing.</summary>
    /// <param name="conditions">Conditions a fact must satisfy.</param>
    ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Holds while every fact of type <typeparamref name="TFact"/> satisfies the condition (also when there is none); binds nothing.</summary>
    /// <param name="condition">The condition every fact must satisfy.</param>
    ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> condition);

    /// <summary>
    /// Holds while every fact of type <typeparamref name="TFact"/> that satisfies <paramref name="baseCondition"/> also
    /// satisfies all of <paramref name="conditions"/>, as NRules' <c>All</c>: no such fact breaks them. Binds nothing.
    /// </summary>
    /// <param name="baseCondition">Which facts are looked at.</param>
    /// <param name="conditions">What each of them must satisfy.</param>
    ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> baseCondition, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>
    /// Holds when any one of the elements the builder adds holds, as NRules' <c>Or</c>: each alternative (an element, or
    /// an <see cref="And"/> of several) is matched on its own and fires the rule on its own. An alias bound in some
    /// alternatives reads as its default value in the others.
    /// </summary>
    /// <param name="builder">Adds the alternatives, written <c>x =&gt; x.Match(...).And(y =&gt; y.Match(...).Match(...))</c>.</param>
    ILeftHandSideExpression Or(Func<ILeftHandSideExpression, ILeftHandSideExpression> builder);

    /// <summary>Holds when all the elements the builder adds hold: a group of elements, as one alternative of an <see cref="Or"/>.</summary>
    /// <param name="builder">Adds the elements.</param>
    ILeftHandSideExpression And(Func<ILeftHandSideExpression, ILeftHandSideExpression> builder);

    /// <summary>
    /// Binds a value calculated from aliases bound earlier to an alias of its own, as NRules' <c>Let</c>; it is
    /// calculated again whenever a fact it reads is updated, and later conditions and actions read it as any alias.
    /// </summary>
    /// <param name="alias">The alias of the value, written <c>() =&gt; total</c>.</param>
    /// <param name="expression">The calculation, written <c>() =&gt; a.Value + b.Value</c>.</param>
    ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression);

    /// <summary>
    /// Conditions over several aliases bound earlier, as NRules' <c>Having</c>. Where a condition's last alias is a
    /// plain pattern, it is tested where that pattern joins (so an equality there is hash-indexed); otherwise it filters
    /// the matches after the elements it reads.
    /// </summary>
    /// <param name="conditions">The conditions, written <c>() =&gt; a.Subject == b.Subject</c>.</param>
    ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions);

    /// <summary>
    /// Binds what a query over many facts gives to an alias: an aggregation's result (<see cref="QueryExtensions.Collect{TSource}"/>,
    /// <see cref="QueryExtensions.GroupBy{TSource, TKey}(IQuery{TSource}, System.Linq.Expressions.Expression{Func{TSource, TKey}})"/>, <c>ToLookup</c>), kept up to date as facts come and go, or, for a
    /// query that projects without aggregating, each value it produces as a match of its own.
    /// </summary>
    /// <param name="alias">The alias of the result, written <c>() =&gt; group</c>.</param>
    /// <param name="query">Builds the query, starting from <see cref="IQuery.Match{TFact}"/>.</param>
    ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> query);
}
