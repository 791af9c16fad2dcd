"""Records the SQL real Django sends for a few hundred QuerySet expressions.

The playground's query engine (src/orm/sql/) must write Django 5.2's SQL and
parameters exactly. Each case here is one Python expression over the lesson
models, written once as text (``CASES``):

- evaluated with real Django on the lesson data (the lesson fixtures in
  tests/golden/fixtures/lesson/, loaded into a freshly migrated database), capturing every ``connection.queries`` entry
  with the raw SQL and parameters the compiler handed to the cursor, and the
  rows SQLite returned for each statement;
- evaluated a second time against *recorders* that stand in for the models,
  ``Q``, ``F``, the aggregates and so on, which turns the same text into a
  neutral JSON description of the calls (``ops``) that the Rust test
  (tests/query_golden.rs) replays on its own engine.

The goldens go to golden/queries/<group>.json. Run through generate.py.
"""
import datetime
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "project"

KST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc

README = """\
# Query goldens

What real Django (tests/django_reference/requirements.txt) sends for each
QuerySet expression in `tests/django_reference/gen_queries.py` (`CASES`),
evaluated on the lesson fixtures (`tests/golden/fixtures/lesson/*.json`). Written by
`tests/django_reference/gen_queries.py`; regenerate with
`tests/django_reference/regenerate.sh queries` (never edit by hand).

One file per group. Each case: `name`, `code` (the Python expression),
`ops` (the same expression as neutral JSON: the model, each method call with
its arguments, the terminal call) and `queries[]`, each with `sql` (as
`connection.queries` shows it), `raw_sql` (`%s` placeholders), `params` and
`rows` (what SQLite returned for the statement, as JSON values). A case that
sends no query (an empty `__in`, `none()`) has `queries: []`.
"""

# ------------------------------------------------------------------ the cases
# (group, name, code). The code is a Python expression; a QuerySet result is
# evaluated with list(). Names available: Article, Comment, User, Q, F, Value,
# Count, Sum, Avg, Max, Min, Exists, OuterRef, Subquery, datetime, date, KST.

CASES = []


def case(group, name, code):
    CASES.append((group, name, code))


# filters on the base table
for name, code in [
    ("all", "Article.objects.all()"),
    ("exact_str", "Article.objects.filter(title='첫 글')"),
    ("exact_int", "Article.objects.filter(id=3)"),
    ("pk", "Article.objects.filter(pk=3)"),
    ("pk_exact", "Article.objects.filter(pk__exact=4)"),
    ("iexact", "User.objects.filter(username__iexact='ADMIN')"),
    ("contains", "Article.objects.filter(content__contains='쿼리')"),
    ("contains_percent", "Article.objects.filter(content__contains='100%_')"),
    ("contains_backslash", "Article.objects.filter(content__contains='\\\\')"),
    ("icontains", "Article.objects.filter(content__icontains='django')"),
    ("startswith", "Article.objects.filter(title__startswith='N')"),
    ("istartswith", "Article.objects.filter(title__istartswith='sel')"),
    ("endswith", "Article.objects.filter(title__endswith='()')"),
    ("iendswith", "Article.objects.filter(title__iendswith='ATE')"),
    ("in", "Article.objects.filter(pk__in=[1, 3, 5])"),
    ("in_dupes_none", "Article.objects.filter(pk__in=[5, 1, 5, None])"),
    ("in_strings", "User.objects.filter(username__in=['admin', '김싸피'])"),
    ("in_empty", "Article.objects.filter(pk__in=[])"),
    ("gt", "Article.objects.filter(pk__gt=7)"),
    ("gte", "Article.objects.filter(pk__gte=7)"),
    ("lt", "Article.objects.filter(pk__lt=3)"),
    ("lte", "Article.objects.filter(pk__lte=3)"),
    ("range", "Article.objects.filter(pk__range=(2, 4))"),
    ("isnull_true", "User.objects.filter(last_login__isnull=True)"),
    ("isnull_false", "User.objects.filter(last_login__isnull=False)"),
    ("exact_none", "User.objects.filter(last_login=None)"),
    ("bool", "User.objects.filter(is_staff=True)"),
    ("bool_false", "User.objects.filter(is_superuser=False)"),
    ("empty_string", "User.objects.filter(email='')"),
    ("two_kwargs", "Article.objects.filter(user_id=1, title='첫 글')"),
    ("kwargs_sorted", "Article.objects.filter(title='첫 글', id=1)"),
    ("chained", "Article.objects.filter(pk__gt=2).filter(pk__lt=6)"),
    ("fk_id", "Article.objects.filter(user_id=2)"),
    ("fk", "Article.objects.filter(user=2)"),
    ("fk_pk", "Article.objects.filter(user__pk=2)"),
    ("fk_id_lookup", "Article.objects.filter(user__id=2)"),
    ("fk_in", "Comment.objects.filter(article__in=[1, 2])"),
    ("fk_isnull", "Comment.objects.filter(article__isnull=False)"),
    ("datetime_gte", "Article.objects.filter(created_at__gte=datetime(2024, 3, 4, 10, 0, tzinfo=KST))"),
    ("datetime_lt_utc", "Comment.objects.filter(created_at__lt=datetime(2024, 3, 4, 3, 30, tzinfo=UTC))"),
    ("datetime_range", "Article.objects.filter(created_at__range=(datetime(2024, 3, 4, 10, 0, tzinfo=KST), datetime(2024, 3, 4, 10, 30, tzinfo=KST)))"),
    ("exclude_simple", "Article.objects.exclude(pk=3)"),
    ("exclude_nullable", "User.objects.exclude(last_login=None)"),
    ("exclude_nullable_value", "User.objects.exclude(last_login__lt=datetime(2024, 3, 4, 19, 0, tzinfo=KST))"),
    ("exclude_two", "Article.objects.exclude(pk=3, user_id=1)"),
    ("exclude_in", "Article.objects.exclude(pk__in=[1, 2, 3])"),
    ("exclude_in_empty", "Article.objects.exclude(pk__in=[])"),
    ("filter_exclude", "Article.objects.filter(user_id=1).exclude(title='첫 글')"),
    ("none", "Article.objects.none()"),
    ("none_count", "Article.objects.none().count()"),
]:
    case("filters", name, code)

# Q objects
for name, code in [
    ("q_or", "Article.objects.filter(Q(pk=1) | Q(pk=2))"),
    ("q_and", "Article.objects.filter(Q(pk__gt=1) & Q(pk__lt=4))"),
    ("q_not", "Article.objects.filter(~Q(pk=1))"),
    ("q_not_or", "Article.objects.filter(~(Q(pk=1) | Q(pk=2)))"),
    ("q_or_and", "Article.objects.filter(Q(pk=1) | Q(pk=2) & Q(user_id=1))"),
    ("q_three_or", "Article.objects.filter(Q(pk=1) | Q(pk=2) | Q(pk=3))"),
    ("q_mixed_kwargs", "Article.objects.filter(Q(pk=1) | Q(pk=2), user_id=1)"),
    ("q_multi_kwargs", "Article.objects.filter(Q(pk=1, user_id=1) | Q(title='annotate'))"),
    ("q_exclude_or", "Article.objects.exclude(Q(pk=1) | Q(title='annotate'))"),
    ("q_nested_not", "Article.objects.filter(~Q(~Q(pk=1) & Q(user_id=1)))"),
    ("q_empty", "Article.objects.filter(Q())"),
    ("q_empty_or", "Article.objects.filter(Q() | Q(pk=2))"),
    ("q_in_empty_or", "Article.objects.filter(Q(pk__in=[]) | Q(pk=2))"),
    ("q_in_empty_and", "Article.objects.filter(Q(pk__in=[]) & Q(pk=2))"),
    ("q_not_in_empty", "Article.objects.filter(~Q(pk__in=[]), pk__lt=3)"),
    ("q_isnull_or", "User.objects.filter(Q(last_login__isnull=True) | Q(is_staff=True))"),
    ("q_related_or", "Article.objects.filter(Q(user__username='admin') | Q(title='annotate'))"),
    ("q_related_or_and", "Article.objects.filter(Q(user__username='admin') | Q(title='annotate'), user__is_staff=False)"),
    ("q_reverse_or", "Article.objects.filter(Q(comment__content__contains='쿼리') | Q(pk=1))"),
    ("q_two_reverse_or", "Article.objects.filter(Q(comment__user__username='admin') | Q(like_users__username='admin'))"),
    ("q_or_same_join", "Article.objects.filter(Q(comment__user_id=1) | Q(comment__user_id=2))"),
    ("q_not_related", "Article.objects.filter(~Q(user__username='admin'))"),
]:
    case("q", name, code)

# joins: forward, reverse, m2m, self m2m, promotion
for name, code in [
    ("fk_field", "Article.objects.filter(user__username='admin')"),
    ("fk_two_fields", "Article.objects.filter(user__username='admin', user__is_staff=True)"),
    ("fk_chain", "Comment.objects.filter(article__user__username='김싸피')"),
    ("fk_chain_pk", "Comment.objects.filter(article__user__pk=2)"),
    ("fk_chain_id", "Comment.objects.filter(article__user_id=2)"),
    ("reverse_fk", "User.objects.filter(article__title='첫 글')"),
    ("reverse_fk_pk", "User.objects.filter(article=1)"),
    ("reverse_fk_id", "User.objects.filter(article__id=1)"),
    ("reverse_fk_chain", "User.objects.filter(article__comment__content__contains='JOIN')"),
    ("reverse_fk_isnull", "Article.objects.filter(comment__isnull=True)"),
    ("reverse_fk_isnull_false", "Article.objects.filter(comment__isnull=False)"),
    ("reverse_fk_two_filters", "User.objects.filter(article__title='첫 글').filter(article__title='annotate')"),
    ("reverse_fk_one_filter", "User.objects.filter(article__title__startswith='s', article__user_id=1)"),
    ("reverse_comment", "Article.objects.filter(comment__user__username='admin')"),
    ("m2m_forward", "Article.objects.filter(like_users__username='admin')"),
    ("m2m_forward_pk", "Article.objects.filter(like_users=1)"),
    ("m2m_forward_in", "Article.objects.filter(like_users__in=[1, 2])"),
    ("m2m_forward_id", "Article.objects.filter(like_users__id=3)"),
    ("m2m_reverse", "User.objects.filter(like_articles__title='N+1 문제')"),
    ("m2m_reverse_pk", "User.objects.filter(like_articles=2)"),
    ("m2m_reverse_isnull", "User.objects.filter(like_articles__isnull=True)"),
    ("self_followings", "User.objects.filter(followings__username='admin')"),
    ("self_followers", "User.objects.filter(followers__username='admin')"),
    ("self_followers_pk", "User.objects.filter(followers=2)"),
    ("self_followings_pk", "User.objects.filter(followings=1)"),
    ("self_both", "User.objects.filter(followers__username='admin', followings__username='admin')"),
    ("self_chain", "User.objects.filter(followers__followers__username='이싸피')"),
    ("self_followings_isnull", "User.objects.filter(followings__isnull=True)"),
    ("m2m_chain", "Comment.objects.filter(article__like_users__username='admin')"),
    ("m2m_then_reverse", "User.objects.filter(like_articles__comment__user__username='admin')"),
    ("followers_articles", "Article.objects.filter(user__followers__username='이싸피')"),
    ("m2m_two_filters", "Article.objects.filter(like_users__username='admin').filter(like_users__username='김싸피')"),
    ("m2m_chained_same", "Article.objects.filter(like_users__username__startswith='a').filter(like_users__is_staff=True)"),
    ("distinct_m2m", "Article.objects.filter(like_users__username__contains='싸피').distinct()"),
    ("fk_gt_related", "Comment.objects.filter(article__pk__gt=5, user__username='admin')"),
]:
    case("joins", name, code)

# exclude over multi-valued relations (split_exclude)
for name, code in [
    ("reverse_fk", "Article.objects.exclude(comment__content='첫 댓글입니다')"),
    ("reverse_fk_chain", "User.objects.exclude(article__comment__user__username='admin')"),
    ("reverse_fk_pk", "User.objects.exclude(article=1)"),
    ("reverse_fk_isnull", "Article.objects.exclude(comment__isnull=True)"),
    ("m2m", "Article.objects.exclude(like_users__username='admin')"),
    ("m2m_pk", "Article.objects.exclude(like_users=1)"),
    ("m2m_reverse", "User.objects.exclude(like_articles__title='첫 글')"),
    ("self_followings", "User.objects.exclude(followings__username='admin')"),
    ("self_followers", "User.objects.exclude(followers__username='admin')"),
    ("self_followers_pk", "User.objects.exclude(followers=2)"),
    ("fk_then_m2m", "Comment.objects.exclude(article__like_users__username='admin')"),
    ("fk_forward", "Article.objects.exclude(user__username='admin')"),
    ("fk_chain", "Comment.objects.exclude(article__user__username='admin')"),
    ("filter_then_exclude", "User.objects.filter(followers__username='admin').exclude(followings__username='이싸피')"),
    ("not_q_reverse", "Article.objects.filter(~Q(comment__user_id=1))"),
    ("not_q_or_reverse", "Article.objects.filter(~Q(comment__user_id=1) | Q(pk=1))"),
    ("exclude_two_reverse", "Article.objects.exclude(comment__user_id=1, comment__content__contains='!')"),
    ("exclude_reverse_and_local", "Article.objects.exclude(comment__user_id=1, title='첫 글')"),
    ("exclude_m2m_in", "Article.objects.exclude(like_users__in=[1, 2])"),
]:
    case("exclude", name, code)

# F, Value and arithmetic
for name, code in [
    ("f_same_row", "Article.objects.filter(updated_at=F('created_at'))"),
    ("f_gt", "Article.objects.filter(updated_at__gt=F('created_at'))"),
    ("f_related", "Comment.objects.filter(user=F('article__user'))"),
    ("f_related_id", "Comment.objects.filter(user_id=F('article__user_id'))"),
    ("f_exclude", "Comment.objects.exclude(user=F('article__user'))"),
    ("f_add", "Article.objects.filter(pk__lt=F('user_id') + 2)"),
    ("f_sub_mul", "Article.objects.filter(pk__gte=(F('user_id') - 1) * 2)"),
    ("f_radd", "Article.objects.filter(pk=1 + F('user_id'))"),
    ("f_div", "Article.objects.filter(pk__gt=F('id') / 2)"),
    ("f_mod", "Article.objects.filter(pk=F('user_id') % 3)"),
    ("annotate_f", "Article.objects.annotate(author=F('user__username')).order_by('pk')"),
    ("annotate_f_arith", "Article.objects.annotate(double=F('id') * 2).filter(double__gt=10)"),
    ("annotate_value", "Article.objects.annotate(one=Value(1)).filter(pk__lt=3)"),
    ("annotate_value_str", "Article.objects.annotate(label=Value('글')).values('pk', 'label')"),
    ("value_filter", "Article.objects.filter(pk=Value(2))"),
    ("f_in_values", "Article.objects.values('pk', author_id=F('user_id'))"),
]:
    case("expressions", name, code)

# date parts (USE_TZ=True, Asia/Seoul)
for name, code in [
    ("year", "Article.objects.filter(created_at__year=2024)"),
    ("year_gt", "Article.objects.filter(created_at__year__gt=2023)"),
    ("year_gte", "Article.objects.filter(created_at__year__gte=2024)"),
    ("year_lt", "Article.objects.filter(created_at__year__lt=2025)"),
    ("year_lte", "Article.objects.filter(created_at__year__lte=2023)"),
    ("year_in", "Article.objects.filter(created_at__year__in=[2023, 2024])"),
    ("month", "Article.objects.filter(created_at__month=3)"),
    ("month_gte", "Comment.objects.filter(created_at__month__gte=4)"),
    ("day", "Article.objects.filter(created_at__day=4)"),
    ("day_in", "Comment.objects.filter(created_at__day__in=[4, 5])"),
    ("week_day", "Article.objects.filter(created_at__week_day=2)"),
    ("week_day_lt", "Comment.objects.filter(created_at__week_day__lt=3)"),
    ("hour", "Article.objects.filter(created_at__hour=10)"),
    ("hour_range", "Comment.objects.filter(created_at__hour__range=(11, 12))"),
    ("hour_gte", "Comment.objects.filter(created_at__hour__gte=12)"),
    ("date", "Article.objects.filter(created_at__date=date(2024, 3, 4))"),
    ("date_gt", "Comment.objects.filter(created_at__date__gt=date(2024, 3, 3))"),
    ("date_lt", "Comment.objects.filter(created_at__date__lt=date(2024, 3, 5))"),
    ("date_range", "Comment.objects.filter(created_at__date__range=(date(2024, 3, 1), date(2024, 3, 31)))"),
    ("related_year", "Comment.objects.filter(article__created_at__year=2024)"),
    ("related_hour", "Comment.objects.filter(article__created_at__hour=10)"),
    ("joined_hour", "User.objects.filter(date_joined__hour=9)"),
    ("joined_minute_date", "User.objects.filter(date_joined__date=date(2024, 3, 4), date_joined__day=4)"),
    ("last_login_isnull_year", "User.objects.filter(last_login__year=2024)"),
    ("exclude_hour", "Article.objects.exclude(created_at__hour=10)"),
    ("exclude_last_login_hour", "User.objects.exclude(last_login__hour=19)"),
    ("m2m_date", "User.objects.filter(like_articles__created_at__date=date(2024, 3, 4))"),
]:
    case("dates", name, code)

# ordering, distinct, slicing, first/last, get
for name, code in [
    ("order_pk", "Article.objects.order_by('pk')"),
    ("order_desc", "Article.objects.order_by('-created_at')"),
    ("order_two", "Comment.objects.order_by('article_id', '-pk')"),
    ("order_related", "Article.objects.order_by('user__username', 'pk')"),
    ("order_related_desc", "Comment.objects.order_by('-article__title', 'pk')"),
    ("order_fk", "Comment.objects.order_by('article', 'pk')"),
    ("order_fk_id", "Comment.objects.order_by('article_id', 'pk')"),
    ("order_fk_chain", "Comment.objects.order_by('article__user__username', '-pk')"),
    ("order_reverse_relation", "User.objects.order_by('article__title', 'pk')"),
    ("order_then_filter", "Article.objects.order_by('-pk').filter(user_id=1)"),
    ("order_replaced", "Article.objects.order_by('title').order_by('-pk')"),
    ("order_cleared", "Article.objects.order_by('title').order_by()"),
    ("reverse", "Article.objects.order_by('pk').reverse()"),
    ("reverse_two", "Comment.objects.order_by('article_id', '-pk').reverse()"),
    ("distinct", "Article.objects.values('user_id').distinct()"),
    ("distinct_order", "Article.objects.values('user_id').distinct().order_by('user_id')"),
    ("distinct_order_other", "User.objects.filter(article__isnull=False).distinct().order_by('-article__pk')"),
    ("slice_head", "Article.objects.order_by('pk')[:3]"),
    ("slice_mid", "Article.objects.order_by('pk')[2:5]"),
    ("slice_offset", "Article.objects.order_by('pk')[7:]"),
    ("slice_slice", "Article.objects.order_by('pk')[2:8][1:3]"),
    ("slice_step", "Article.objects.order_by('pk')[0:6:2]"),
    ("slice_empty", "Article.objects.order_by('pk')[3:3]"),
    ("index", "Article.objects.order_by('pk')[4]"),
    ("index_zero", "Comment.objects.order_by('-pk')[0]"),
    ("first", "Article.objects.first()"),
    ("first_ordered", "Article.objects.order_by('-title').first()"),
    ("first_filtered", "Comment.objects.filter(article_id=3).first()"),
    ("last", "Article.objects.last()"),
    ("last_ordered", "Comment.objects.order_by('article_id', 'pk').last()"),
    ("first_empty", "Article.objects.filter(pk=999).first()"),
    ("get_pk", "Article.objects.get(pk=3)"),
    ("get_related", "Article.objects.get(user__username='이싸피', title='annotate')"),
    ("get_ordered", "Article.objects.order_by('-pk').get(pk=2)"),
    ("get_user", "User.objects.get(username='admin')"),
]:
    case("ordering", name, code)

# count() and exists()
for name, code in [
    ("count", "Article.objects.count()"),
    ("count_filter", "Article.objects.filter(user__username='admin').count()"),
    ("count_ordered", "Article.objects.order_by('-pk').count()"),
    ("count_m2m", "User.objects.filter(followers__username='admin').count()"),
    ("count_distinct", "Article.objects.filter(like_users__is_staff=False).distinct().count()"),
    ("count_sliced", "Article.objects.order_by('pk')[2:6].count()"),
    ("count_sliced_head", "Article.objects.all()[:4].count()"),
    ("count_annotated", "Article.objects.annotate(n=Count('comment')).count()"),
    ("count_annotated_filter", "Article.objects.annotate(n=Count('comment')).filter(n__gte=3).count()"),
    ("count_values_distinct", "Article.objects.values('user_id').distinct().count()"),
    ("count_values_annotate", "Article.objects.values('user_id').annotate(n=Count('pk')).count()"),
    ("count_exclude", "Article.objects.exclude(comment__user_id=1).count()"),
    ("count_annotated_value", "Article.objects.annotate(one=Value(1)).count()"),
    ("exists", "Article.objects.exists()"),
    ("exists_filter", "Article.objects.filter(pk=999).exists()"),
    ("exists_m2m", "Article.objects.filter(pk=2, like_users__pk=1).exists()"),
    ("exists_followers", "User.objects.filter(pk=1, followers__pk=2).exists()"),
    ("exists_ordered", "Article.objects.order_by('-pk').exists()"),
    ("exists_sliced", "Article.objects.order_by('pk')[3:5].exists()"),
    ("exists_distinct", "Article.objects.distinct().exists()"),
    ("exists_annotated", "Article.objects.annotate(n=Count('comment')).filter(n__gt=3).exists()"),
    ("exists_values", "Article.objects.values('title').exists()"),
]:
    case("count_exists", name, code)

# annotate / aggregate / values / alias
for name, code in [
    ("count_reverse", "Article.objects.annotate(n=Count('comment')).order_by('pk')"),
    ("count_default_alias", "Article.objects.annotate(Count('comment')).order_by('-comment__count', 'pk')"),
    ("count_m2m", "Article.objects.annotate(n=Count('like_users')).order_by('-n', 'pk')"),
    ("count_followers", "User.objects.annotate(n=Count('followers')).order_by('-n', 'pk')"),
    ("count_followings", "User.objects.annotate(n=Count('followings')).order_by('pk')"),
    ("count_two_distinct", "Article.objects.annotate(c=Count('comment', distinct=True), l=Count('like_users', distinct=True)).order_by('pk')"),
    ("count_filter", "Article.objects.annotate(n=Count('comment', filter=Q(comment__user_id=1))).order_by('pk')"),
    ("count_filter_related", "User.objects.annotate(n=Count('article', filter=Q(article__title__contains='N'))).order_by('pk')"),
    ("count_star", "User.objects.annotate(n=Count('*')).order_by('pk')"),
    ("count_having", "Article.objects.annotate(n=Count('comment')).filter(n__gt=3)"),
    ("count_having_or", "Article.objects.annotate(n=Count('comment')).filter(Q(n__gt=3) | Q(pk=10))"),
    ("count_having_and_where", "Article.objects.annotate(n=Count('comment')).filter(n__gte=3, user_id=1)"),
    ("count_filter_then_annotate", "Article.objects.filter(comment__user_id=1).annotate(n=Count('comment'))"),
    ("count_annotate_then_filter", "Article.objects.annotate(n=Count('comment')).filter(comment__user_id=1)"),
    ("count_exclude_having", "Article.objects.annotate(n=Count('comment')).exclude(n=0)"),
    ("sum", "User.objects.annotate(s=Sum('article__id')).order_by('pk')"),
    ("avg", "User.objects.annotate(a=Avg('article__id')).order_by('pk')"),
    ("max_min", "User.objects.annotate(hi=Max('article__created_at'), lo=Min('article__created_at')).order_by('pk')"),
    ("annotate_select_related", "Article.objects.select_related('user').annotate(n=Count('comment')).order_by('pk')"),
    ("annotate_then_values", "Article.objects.annotate(n=Count('comment')).values('title', 'n')"),
    ("values_then_annotate", "Article.objects.values('user_id').annotate(n=Count('pk')).order_by('user_id')"),
    ("values_related_annotate", "Article.objects.values('user__username').annotate(n=Count('id')).order_by('-n', 'user__username')"),
    ("values_annotate_having", "Comment.objects.values('article_id').annotate(n=Count('pk')).filter(n__gt=3)"),
    ("values_list_annotate", "Comment.objects.values_list('user__username').annotate(n=Count('pk')).order_by('user__username')"),
    ("alias_filter", "Article.objects.alias(n=Count('comment')).filter(n__gt=3)"),
    ("alias_order", "Article.objects.alias(n=Count('comment')).order_by('-n', 'pk')"),
    ("alias_f", "Article.objects.alias(author=F('user__username')).filter(author='admin')"),
    ("aggregate_count", "Article.objects.aggregate(Count('pk'))"),
    ("aggregate_named", "Article.objects.aggregate(n=Count('comment'), m=Max('pk'))"),
    ("aggregate_filtered", "Article.objects.filter(user_id=1).aggregate(total=Sum('id'), avg=Avg('id'))"),
    ("aggregate_distinct", "Comment.objects.aggregate(n=Count('user', distinct=True))"),
    ("aggregate_filter_arg", "Comment.objects.aggregate(n=Count('pk', filter=Q(user__username='admin')))"),
    ("aggregate_related", "User.objects.aggregate(m=Max('article__created_at'))"),
    ("aggregate_over_annotation", "Article.objects.annotate(n=Count('comment')).aggregate(m=Max('n'))"),
    ("aggregate_sliced", "Article.objects.order_by('pk')[:3].aggregate(s=Sum('id'))"),
    ("aggregate_distinct_qs", "Article.objects.filter(like_users__isnull=False).distinct().aggregate(n=Count('pk'))"),
    ("aggregate_empty", "Article.objects.filter(pk__in=[]).aggregate(n=Count('pk'), s=Sum('id'))"),
]:
    case("aggregates", name, code)

for name, code in [
    ("values", "Article.objects.values()"),
    ("values_fields", "Article.objects.values('pk', 'title')"),
    ("values_related", "Comment.objects.values('pk', 'article__title', 'user__username')"),
    ("values_fk", "Comment.objects.values('article', 'user_id')"),
    ("values_m2m", "Article.objects.values('pk', 'like_users__username').order_by('pk', 'like_users__username')"),
    ("values_reverse", "User.objects.values('username', 'article__title').order_by('pk', 'article__pk')"),
    ("values_filtered", "Article.objects.filter(user__username='admin').values('title')"),
    ("values_list", "Article.objects.values_list('pk', 'title')"),
    ("values_list_flat", "Article.objects.values_list('title', flat=True)"),
    ("values_list_named", "Article.objects.values_list('pk', 'user__username', named=True)"),
    ("values_list_empty", "Comment.objects.values_list()"),
    ("values_ordered", "Comment.objects.values('content').order_by('-created_at')[:5]"),
    ("values_self_m2m", "User.objects.values('username', 'followers__username').order_by('pk', 'followers__pk')"),
    ("values_expression", "Article.objects.values(n=Count('comment'))"),
]:
    case("values", name, code)

# select_related, only, defer
for name, code in [
    ("sr_fk", "Article.objects.select_related('user')"),
    ("sr_chain", "Comment.objects.select_related('article__user')"),
    ("sr_two", "Comment.objects.select_related('article', 'user').order_by('pk')"),
    ("sr_all", "Comment.objects.select_related()"),
    ("sr_chain_and_user", "Comment.objects.select_related('article__user', 'user').filter(pk__lt=4)"),
    ("sr_filter_same_join", "Article.objects.select_related('user').filter(user__username='admin')"),
    ("sr_order_related", "Comment.objects.select_related('user').order_by('user__username', 'pk')"),
    ("sr_chained_calls", "Comment.objects.select_related('article').select_related('user')"),
    ("sr_values_ignored", "Comment.objects.select_related('user').values('pk')"),
    ("only", "Article.objects.only('title')"),
    ("only_pk", "Article.objects.only('pk')"),
    ("only_fk", "Article.objects.only('user')"),
    ("only_two", "User.objects.only('username', 'email')"),
    ("only_related", "Comment.objects.select_related('user').only('content', 'user__username')"),
    ("only_chained", "Article.objects.only('title', 'content').only('title')"),
    ("defer", "Article.objects.defer('content')"),
    ("defer_two", "User.objects.defer('password', 'last_login')"),
    ("defer_related", "Comment.objects.select_related('article').defer('article__content')"),
    ("defer_then_only", "Article.objects.defer('content').only('title', 'content')"),
    ("only_then_defer", "Article.objects.only('title', 'content').defer('content')"),
]:
    case("select_related", name, code)

# Exists, OuterRef, Subquery, __in with a queryset
for name, code in [
    ("exists_filter", "Article.objects.filter(Exists(Comment.objects.filter(article=OuterRef('pk'))))"),
    ("exists_exclude", "Article.objects.exclude(Exists(Comment.objects.filter(article=OuterRef('pk'))))"),
    ("not_exists", "Article.objects.filter(~Exists(Comment.objects.filter(article=OuterRef('pk'), user_id=1)))"),
    ("exists_annotate", "User.objects.annotate(has_articles=Exists(Article.objects.filter(user=OuterRef('pk')))).order_by('pk')"),
    ("exists_annotate_filter", "User.objects.annotate(liked=Exists(Article.objects.filter(like_users=OuterRef('pk')))).filter(liked=True)"),
    ("exists_followers", "User.objects.filter(Exists(User.objects.filter(followings=OuterRef('pk'), username='admin')))"),
    ("exists_or", "Article.objects.filter(Exists(Comment.objects.filter(article=OuterRef('pk'), user_id=2)) | Q(pk=10))"),
    ("subquery_annotate", "Article.objects.annotate(last_comment=Subquery(Comment.objects.filter(article=OuterRef('pk')).order_by('-created_at').values('content')[:1])).order_by('pk')"),
    ("subquery_filter", "Article.objects.filter(user=Subquery(User.objects.filter(username='admin').values('pk')))"),
    ("subquery_outer_related", "Comment.objects.annotate(author=Subquery(User.objects.filter(pk=OuterRef('article__user_id')).values('username'))).order_by('pk')"),
    ("in_queryset", "Article.objects.filter(user__in=User.objects.filter(is_staff=True))"),
    ("in_values", "Comment.objects.filter(article__in=Article.objects.filter(user_id=1).values('pk'))"),
    ("in_values_list", "Comment.objects.filter(user_id__in=User.objects.filter(username__contains='싸피').values_list('pk', flat=True))"),
    ("in_nested", "Comment.objects.filter(article__in=Article.objects.filter(user__in=User.objects.filter(is_staff=True)))"),
    ("exclude_in_queryset", "Article.objects.exclude(user__in=User.objects.filter(is_staff=True))"),
    ("in_m2m_queryset", "User.objects.filter(like_articles__in=Article.objects.filter(user_id=1))"),
    ("exists_subquery_m2m_join", "Article.objects.filter(Exists(User.objects.filter(like_articles=OuterRef('pk'), followers__username='admin')))"),
    ("outer_ref_f_arith", "Article.objects.filter(Exists(Comment.objects.filter(article=OuterRef('pk'), pk__gt=OuterRef('pk') * 3)))"),
]:
    case("subqueries", name, code)


# ------------------------------------------------------------- parent side


def generate(golden):
    """Runs every case with real Django and writes golden/queries/."""
    from generate import capture_groups

    capture_groups(golden, "queries", __file__, README)


# -------------------------------------------------------------- child side


class Rec:
    """A recorded value: its neutral JSON form."""

    def __init__(self, data):
        self.data = data

    def _bin(self, op, other, reverse=False):
        lhs, rhs = (encode(other), self.data) if reverse else (self.data, encode(other))
        return Rec({"combine": op, "lhs": lhs, "rhs": rhs})

    def __add__(self, o):
        return self._bin("+", o)

    def __radd__(self, o):
        return self._bin("+", o, True)

    def __sub__(self, o):
        return self._bin("-", o)

    def __rsub__(self, o):
        return self._bin("-", o, True)

    def __mul__(self, o):
        return self._bin("*", o)

    def __rmul__(self, o):
        return self._bin("*", o, True)

    def __truediv__(self, o):
        return self._bin("/", o)

    def __mod__(self, o):
        return self._bin("%", o)

    def __and__(self, o):
        return Rec({"and": [self.data, encode(o)]})

    def __or__(self, o):
        return Rec({"or": [self.data, encode(o)]})

    def __invert__(self):
        return Rec({"not": self.data})


def encode(value):
    """A Python argument as neutral JSON."""
    if isinstance(value, (Rec, RecQuerySet)):
        return value.data if isinstance(value, Rec) else {"queryset": value.desc()}
    if isinstance(value, datetime.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"date": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return {"list": [encode(v) for v in value]}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise TypeError(f"cannot record {value!r}")


def call(args, kwargs):
    return {
        "args": [encode(a) for a in args],
        "kwargs": [[k, encode(v)] for k, v in kwargs.items()],
    }


class RecQuerySet:
    """Stands in for a QuerySet: records each call."""

    def __init__(self, model, ops=()):
        self.model = model
        self.ops = list(ops)

    def desc(self):
        return {"model": self.model, "ops": self.ops}

    def __getattr__(self, name):
        def method(*args, **kwargs):
            return RecQuerySet(self.model, self.ops + [{"op": name, **call(args, kwargs)}])

        return method

    def __getitem__(self, k):
        if isinstance(k, slice):
            op = {"op": "slice", "start": k.start, "stop": k.stop, "step": k.step}
        else:
            op = {"op": "index", "index": k}
        return RecQuerySet(self.model, self.ops + [op])


class RecManager:
    def __init__(self, model):
        self.objects = RecQuerySet(model)


def rec_factory(kind):
    def make(*args, **kwargs):
        return Rec({kind: call(args, kwargs)})

    return make


def recorder_namespace():
    ns = {name: RecManager(name) for name in ("Article", "Comment", "User")}
    for kind in ("Q", "F", "Value", "Count", "Sum", "Avg", "Max", "Min", "Exists",
                 "OuterRef", "Subquery"):
        ns[kind] = rec_factory(kind)
    ns.update(datetime=datetime.datetime, date=datetime.date, KST=KST, UTC=UTC)
    return ns


def django_namespace():
    from accounts.models import User
    from articles.models import Article, Comment
    from django.db.models import Avg, Count, Exists, F, Max, Min, OuterRef, Q, Subquery, Sum, Value

    return dict(
        Article=Article, Comment=Comment, User=User, Q=Q, F=F, Value=Value, Count=Count,
        Sum=Sum, Avg=Avg, Max=Max, Min=Min, Exists=Exists, OuterRef=OuterRef,
        Subquery=Subquery, datetime=datetime.datetime, date=datetime.date, KST=KST, UTC=UTC,
    )


def run_case(code, ns):
    """Evaluates one case in Django and returns its captured queries."""
    from django.db import connection
    from django.db.models.query import QuerySet
    from django.test.utils import CaptureQueriesContext

    executed = []

    def record(execute, sql, params, many, context):
        executed.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record), CaptureQueriesContext(connection) as ctx:
        result = eval(code, dict(ns))
        if isinstance(result, QuerySet):
            list(result)
    logged = [q["sql"] for q in ctx.captured_queries]
    if len(logged) != len(executed):
        raise AssertionError(f"{code}: {len(logged)} logged, {len(executed)} executed")
    queries = []
    for sql, (raw_sql, params) in zip(logged, executed):
        params = [] if params is None else list(params)
        for value in params:
            if not (value is None or isinstance(value, (bool, int, float, str))):
                raise AssertionError(f"{code}: parameter {value!r} is not a JSON value")
        rows = [list(row) for row in raw_rows(raw_sql, params)]
        queries.append({"sql": sql, "raw_sql": raw_sql, "params": params, "rows": rows})
    return queries


_RAW = None


def raw_rows(raw_sql, params):
    """What SQLite itself returns for a statement: a plain connection to the
    same file (Django's converts datetime columns) with Django's SQL functions
    registered, the placeholders converted as Django's cursor does."""
    global _RAW
    import re
    import sqlite3

    from django.db import connection
    from django.db.backends.sqlite3._functions import register

    if _RAW is None:
        _RAW = sqlite3.connect(connection.settings_dict["NAME"])
        register(_RAW)
    qmark = re.sub(r"(?<!%)%s", "?", raw_sql).replace("%%", "%")
    return _RAW.execute(qmark, params).fetchall()


def child_main(result, fixtures):
    sys.path[:0] = [str(PROJECT), str(HERE)]
    import django

    django.setup()
    from django.core.management import call_command

    # The lesson fixtures the fixtures generator wrote (what the playground
    # loads), not seed.lesson():
    # dumpdata keeps milliseconds only, and both sides must hold the same rows.
    fixtures = Path(fixtures)
    call_command(
        "loaddata",
        *(str(fixtures / f"{name}.json") for name in ("users", "articles", "comments")),
        verbosity=0,
    )
    real, fake = django_namespace(), recorder_namespace()
    groups = {}
    seen = set()
    for group, name, code in CASES:
        if (group, name) in seen:
            raise AssertionError(f"duplicate case {group}/{name}")
        seen.add((group, name))
        recorded = eval(code, dict(fake))
        desc = recorded.desc() if isinstance(recorded, RecQuerySet) else None
        if desc is None:
            raise AssertionError(f"{code}: does not start from Model.objects")
        groups.setdefault(group, []).append(
            {"name": name, "code": code, "ops": desc, "queries": run_case(code, real)}
        )
    Path(result).write_text(json.dumps(groups, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "capture":
        sys.exit("usage: gen_queries.py capture RESULT_JSON FIXTURE_DIR (run through generate.py)")
    child_main(sys.argv[2], sys.argv[3])
