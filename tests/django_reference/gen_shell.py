"""Records what real `python manage.py shell -c CODE` prints and sends for a
corpus of programs over the lesson models.

Each program runs through Django's own `shell` command (call_command, so
the auto-import banner, the namespace and `exec` are Django's) on the
lesson fixtures (tests/golden/fixtures/lesson/), with DEBUG on. For each
program the golden keeps:

- `stdout`, byte for byte (the banner first);
- `error`: the last line of the traceback of the uncaught exception
  (`articles.models.Article.DoesNotExist: ...`), or null;
- `queries[]`: every statement with `sql` (as `connection.queries` shows
  it) and `line`, the 1-based line of the program that sent it (the
  innermost `<string>` frame on the stack when the cursor executed it).

The corpus is written by hand (``HAND``) plus a seeded generator of
queryset programs (``generated``), so a run is deterministic. Programs
that write are run on a copy of the database, restored after each one.
Goldens go to golden/shell/<group>.json. Run through generate.py.
"""
import contextlib
import io
import json
import random
import shutil
import sys
import traceback
from pathlib import Path

import gen_shell_programs

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "project"
SEED = 12
# What `manage shell --now` fixes timezone.now() to; the Rust test passes it.
NOW = "2024-03-08T12:34:56.789012Z"
# The thread id in savepoint names (`SAVEPOINT "s140000000000000_x1"`), as
# the playground writes it; a real process has its own.
THREAD_ID = 140000000000000

README = """\
# Shell goldens

What real `python manage.py shell -c CODE` (Django 5.2,
tests/django_reference/requirements.txt) prints and sends for each program
in `tests/django_reference/gen_shell.py`, on the lesson fixtures
(`tests/golden/fixtures/lesson/*.json`). Written by
`tests/django_reference/gen_shell.py`; regenerate with
`tests/django_reference/regenerate.sh shell` (never edit by hand).

One file per group. Each case: `name`, `code`, `stdout` (byte for byte,
the auto-import banner first), `error` (the traceback's last line, or
null) and `queries[]` with `sql` (as `connection.queries` shows it) and
`line` (the program line that sent it).
"""

CASES = []


def case(group, name, code):
    CASES.append((group, name, code.strip("\n") + "\n"))


# ------------------------------------------------------------------ by hand

HAND = {
    "basics": [
        ("print_all", "print(Article.objects.all())"),
        ("print_users", "print(User.objects.all())"),
        ("print_comments_truncated", "print(Comment.objects.all())"),
        ("repr_list", "print(list(User.objects.all()))"),
        ("count", "print(Article.objects.count())"),
        ("exists", "print(Article.objects.filter(pk=99).exists())"),
        ("len", "print(len(Comment.objects.all()))"),
        ("first_last", "print(Article.objects.first(), Article.objects.last())"),
        ("first_none", "print(Article.objects.filter(pk=99).first())"),
        ("get", "a = Article.objects.get(pk=3)\nprint(a, a.title)"),
        ("get_user", "u = User.objects.get(username='admin')\nprint(u, u.pk, u.is_superuser)"),
        ("str_user", "print(str(User.objects.get(pk=2)))"),
        ("repr_user", "print(repr(User.objects.get(pk=2)))"),
        ("fields", "a = Article.objects.get(pk=2)\nprint(a.id, a.user_id)\nprint(a.content)"),
        ("datetime", "a = Article.objects.get(pk=2)\nprint(a.created_at)\nprint(repr(a.created_at))"),
        ("datetime_parts", "a = Article.objects.get(pk=1)\nprint(a.created_at.year, a.created_at.month, a.created_at.hour)"),
        ("number_text", "from decimal import Decimal\nprint(Decimal('\\uff13.\\uff15'), Decimal('-\\u0663_\\u0661'), Decimal(' 1_000.5 '))\nprint(float('\\uff13.\\uff15'), int(' \\uff12 '))\nprint(Article.objects.filter(pk=int('\\u0663')).count(), Comment.objects.filter(article_id=int('\\uff12')).count())"),
        ("value_classes", "import datetime\nfrom datetime import date, time, timedelta\nfrom decimal import Decimal\na = Article.objects.get(pk=2)\nprint(type(a.created_at))\nprint(type(a.created_at) is datetime.datetime, type(a.created_at) == date, type(a.created_at) != date)\nprint(isinstance(a.created_at, datetime.datetime), isinstance(a.created_at, date), isinstance(a.created_at, time))\nprint(datetime.datetime, date, time, timedelta, Decimal)\nprint(type(a.created_at.date()), type(a.created_at - a.created_at), type(Decimal('1.5')), type(a.created_at.time()))\nprint(type(a.created_at).__name__, date.__name__, timedelta.__module__, Decimal.__qualname__)\nprint(isinstance(a.created_at - a.created_at, timedelta), isinstance(a.created_at.date(), datetime.datetime), isinstance(3, Decimal))\nprint(isinstance(a.created_at, (int, date)), type(a.created_at) in (date, datetime.datetime))"),
        ("none", "print(Article.objects.none())\nprint(Article.objects.none().count())"),
        ("get_user_model", "from django.contrib.auth import get_user_model\nU = get_user_model()\nprint(U.objects.count())"),
        ("ordered", "print(Article.objects.all().ordered, Article.objects.order_by('pk').ordered)"),
        ("bool_qs", "if Article.objects.filter(title__startswith='N'):\n    print('yes')"),
        ("bool_empty", "if not Article.objects.filter(pk=0):\n    print('empty')"),
        ("in_qs", "a = Article.objects.get(pk=1)\nprint(a in Article.objects.filter(pk__lt=3))"),
        ("eq", "print(Article.objects.get(pk=1) == Article.objects.first())"),
        ("isinstance", "print(isinstance(Article.objects.first(), Article))"),
        ("set_of_instances", "s = {c.article for c in Comment.objects.select_related('article')}\nprint(len(s))"),
        ("model_name", "print(Article.__name__)"),
    ],
    "cache": [
        ("iterate_twice", "qs = Article.objects.all()\nfor a in qs:\n    pass\nfor a in qs:\n    pass\nprint(len(qs))"),
        ("len_then_iterate", "qs = Comment.objects.filter(article_id=1)\nprint(len(qs))\nprint([c.pk for c in qs])"),
        ("count_after_eval", "qs = User.objects.all()\nlist(qs)\nprint(qs.count())"),
        ("exists_after_eval", "qs = User.objects.all()\nbool(qs)\nprint(qs.exists())"),
        ("index_after_eval", "qs = Article.objects.all()\nlist(qs)\nprint(qs[3], qs[1:3])"),
        ("no_cache_between", "print(Article.objects.count())\nprint(Article.objects.count())"),
        ("fk_cached", "a = Article.objects.get(pk=1)\nprint(a.user)\nprint(a.user)"),
        ("repr_after_eval", "qs = User.objects.all()\nlist(qs)\nprint(qs)"),
    ],
    "slicing": [
        ("index", "print(Article.objects.all()[2])"),
        ("slice", "print(Article.objects.all()[2:5])"),
        ("slice_open", "print(Article.objects.all()[:3])"),
        ("slice_offset", "print(Article.objects.all()[8:])"),
        ("slice_step", "print(Article.objects.all()[0:6:2])"),
        ("slice_then_index", "print(Article.objects.all()[2:5][1])"),
        ("index_error", "print(Article.objects.filter(pk=1)[3])"),
        ("negative", "print(Article.objects.all()[-1])"),
        ("slice_count", "print(Article.objects.all()[2:5].count())"),
        ("ordered_index", "print(Article.objects.order_by('-pk')[0])"),
        ("filter_after_slice", "Article.objects.all()[:2].filter(pk=1)"),
    ],
    "filters": [
        ("exact", "print(Article.objects.filter(title='첫 글'))"),
        ("icontains", "print(Article.objects.filter(content__icontains='django'))"),
        ("in", "print(Article.objects.filter(pk__in=[1, 3, 5]))"),
        ("gt_lt", "print(Comment.objects.filter(pk__gt=25, pk__lte=28))"),
        ("range", "print(Article.objects.filter(pk__range=(2, 4)))"),
        ("isnull", "print(User.objects.filter(last_login__isnull=True).count())"),
        ("startswith", "print(User.objects.filter(username__startswith='김'))"),
        ("exclude", "print(Article.objects.exclude(user_id=1))"),
        ("fk_span", "print(Article.objects.filter(user__username='admin'))"),
        ("reverse_span", "print(Article.objects.filter(comment__user__username='김싸피').distinct())"),
        ("m2m", "print(User.objects.filter(followings__username='admin'))"),
        ("m2m_reverse", "print(User.objects.filter(followers__pk=1))"),
        ("like_users", "print(Article.objects.filter(like_users__pk=2))"),
        ("q_or", "from django.db.models import Q\nprint(Article.objects.filter(Q(pk=1) | Q(pk=2)))"),
        ("q_not", "from django.db.models import Q\nprint(Article.objects.filter(~Q(user_id=1)).count())"),
        ("q_and_kw", "from django.db.models import Q\nprint(Article.objects.filter(Q(pk__lt=5), user_id=2))"),
        ("f_compare", "from django.db.models import F\nprint(Article.objects.filter(updated_at__gt=F('created_at')).count())"),
        ("year", "print(Article.objects.filter(created_at__year=2024).count())"),
        ("chain", "print(Article.objects.filter(pk__gt=2).exclude(pk=5).filter(user_id__in=[1, 2]))"),
        ("instance_arg", "u = User.objects.get(pk=1)\nprint(Article.objects.filter(user=u))"),
        ("in_subquery", "print(Article.objects.filter(user__in=User.objects.filter(username__startswith='김')))"),
        ("exists_expr", "from django.db.models import Exists, OuterRef\nprint(Article.objects.filter(Exists(Comment.objects.filter(article=OuterRef('pk'), user_id=1))))"),
        ("order_related", "print(Article.objects.order_by('user__username', '-pk'))"),
        ("reverse", "print(Article.objects.order_by('pk').reverse()[:3])"),
    ],
    "values": [
        ("values", "print(Article.objects.values('id', 'title')[:3])"),
        ("values_all", "print(User.objects.values()[:1])"),
        ("values_span", "print(Comment.objects.values('content', 'user__username')[:2])"),
        ("values_list", "print(Article.objects.values_list('id', 'title')[:3])"),
        ("values_list_flat", "print(list(User.objects.values_list('username', flat=True)))"),
        ("values_datetime", "print(Article.objects.values_list('created_at', flat=True)[:2])"),
        ("values_loop", "for row in Article.objects.values('pk', 'user__username')[:3]:\n    print(row['pk'], row['user__username'])"),
        ("values_bool", "print(list(User.objects.values_list('is_staff', flat=True)))"),
        ("flat_two_fields", "User.objects.values_list('id', 'username', flat=True)"),
    ],
    "aggregates": [
        ("annotate_count", "from django.db.models import Count\nfor a in Article.objects.annotate(Count('comment'))[:3]:\n    print(a.pk, a.comment__count)"),
        ("annotate_named", "from django.db.models import Count\nqs = User.objects.annotate(n=Count('article')).order_by('-n', 'pk')\nprint([(u.username, u.n) for u in qs])"),
        ("annotate_values", "from django.db.models import Count\nprint(Article.objects.values('user__username').annotate(n=Count('pk')).order_by('user__username'))"),
        ("aggregate", "from django.db.models import Count, Max\nprint(Comment.objects.aggregate(Count('pk'), last=Max('pk')))"),
        ("aggregate_avg", "from django.db.models import Avg\nprint(Article.objects.aggregate(Avg('pk')))"),
        ("aggregate_datetime", "from django.db.models import Max\nprint(Article.objects.aggregate(Max('created_at')))"),
        ("count_filter", "from django.db.models import Count, Q\nqs = User.objects.annotate(n=Count('comment', filter=Q(comment__article_id=1)))\nprint([u.n for u in qs])"),
        ("followers_count", "from django.db.models import Count\nfor u in User.objects.annotate(Count('followers')):\n    print(u, u.followers__count)"),
        ("filter_annotation", "from django.db.models import Count\nprint(Article.objects.annotate(n=Count('comment')).filter(n__gte=4))"),
        ("annotation_conflict", "from django.db.models import Count\nArticle.objects.annotate(title=Count('comment'))"),
    ],
    "relations": [
        ("fk", "c = Comment.objects.get(pk=1)\nprint(c.article, c.user)"),
        ("fk_chain", "c = Comment.objects.get(pk=5)\nprint(c.article.user.username)"),
        ("n_plus_one", "for a in Article.objects.all():\n    print(a.pk, a.user.username)"),
        ("select_related", "for a in Article.objects.select_related('user'):\n    print(a.pk, a.user.username)"),
        ("select_related_deep", "for c in Comment.objects.select_related('article__user')[:4]:\n    print(c.pk, c.article.title, c.article.user)"),
        ("select_related_all", "for c in Comment.objects.select_related()[:3]:\n    print(c.user, c.article.user)"),
        ("reverse_all", "a = Article.objects.get(pk=1)\nprint(a.comment_set.all())"),
        ("reverse_count", "for a in Article.objects.all():\n    print(a.pk, a.comment_set.count())"),
        ("reverse_filter", "a = Article.objects.get(pk=2)\nprint(a.comment_set.filter(user_id=1).exists())"),
        ("user_articles", "u = User.objects.get(pk=2)\nprint(u.article_set.all(), u.comment_set.count())"),
        ("followings", "u = User.objects.get(pk=3)\nprint(u.followings.all())\nprint(u.followers.all())"),
        ("followings_count", "u = User.objects.get(pk=1)\nprint(u.followings.count(), u.followers.count())"),
        ("followers_exists", "u = User.objects.get(pk=1)\nprint(u.followers.filter(pk=2).exists())"),
        ("like_users", "a = Article.objects.get(pk=1)\nprint(a.like_users.all())\nprint(User.objects.get(pk=2).like_articles.all())"),
        ("only", "for a in Article.objects.only('title')[:2]:\n    print(a.title)"),
        ("only_deferred_access", "a = Article.objects.only('title').get(pk=1)\nprint(a.content)"),
        ("defer", "a = Article.objects.defer('content').first()\nprint(a.title)\nprint(a.content)"),
        ("prefetch", "for a in Article.objects.prefetch_related('comment_set')[:2]:\n    print(len(a.comment_set.all()))"),
    ],
    "queries": [
        ("print_query", "print(Article.objects.filter(title__icontains='n').query)"),
        ("print_query_join", "print(Comment.objects.filter(article__user__username='admin').order_by('-pk').query)"),
        ("print_query_values", "print(Article.objects.values('user_id').query)"),
        ("connection_queries", "from django.db import connection\nlist(Article.objects.all())\nArticle.objects.count()\nfor q in connection.queries:\n    print(q['sql'])"),
        ("connection_len", "from django.db import connection\nfor a in Article.objects.all()[:3]:\n    a.user\nprint(len(connection.queries))"),
        ("reset_queries", "from django.db import connection, reset_queries\nlist(User.objects.all())\nreset_queries()\nUser.objects.count()\nprint(len(connection.queries))"),
        ("query_bool", "print(User.objects.filter(is_staff=True).query)\nprint(User.objects.filter(is_active=False).query)"),
    ("query_bool_value", "from django.db.models import Value\nprint(User.objects.annotate(x=Value(True)).values('x').query)"),
    ("query_in_strings", "print(User.objects.filter(username__in=['admin', '김싸피']).query)"),
    ("query_none", "print(User.objects.filter(last_login=None).query)"),
    ("float_pk", "print(Article.objects.filter(pk=1.5), Article.objects.filter(pk__in=[2.9, 3.1]).count())"),
    ("query_float", "print(Article.objects.filter(pk__gt=1.5).query)"),
    ("query_datetime", "from django.utils import timezone\nprint(Article.objects.filter(created_at__lt=timezone.now()).query)"),
    ("query_year", "print(Article.objects.filter(created_at__year=2024).query)"),
    ("query_percent", "print(Article.objects.filter(title__contains='100%').query)"),
    ("query_empty", "print(Article.objects.filter(pk__in=[]).query)"),
    ("function_lines", "def titles(qs):\n    return [a.title for a in qs]\n\nprint(titles(Article.objects.filter(pk__lt=3)))\nprint(titles(Article.objects.filter(pk=5)))"),
    ],
    "errors": [
        ("field_error", "Article.objects.filter(titel='x')"),
        ("field_error_order", "list(Article.objects.order_by('nope'))"),
        ("does_not_exist", "Article.objects.get(pk=999)"),
        ("user_does_not_exist", "User.objects.get(username='nobody')"),
        ("multiple", "Comment.objects.get(article_id=1)"),
        ("multiple_many", "Comment.objects.get(pk__gt=0)"),
        ("catch_dne", "try:\n    Article.objects.get(pk=0)\nexcept Article.DoesNotExist:\n    print('missing')"),
        ("catch_odne", "from django.core.exceptions import ObjectDoesNotExist\ntry:\n    User.objects.get(pk=0)\nexcept ObjectDoesNotExist as e:\n    print(type(e).__name__, e)"),
        ("catch_multiple", "try:\n    User.objects.get(pk__lt=4)\nexcept User.MultipleObjectsReturned as e:\n    print(e)"),
        ("catch_field_error", "from django.core.exceptions import FieldError\ntry:\n    Article.objects.filter(foo=1)\nexcept FieldError as e:\n    print('bad:', e)"),
        ("name_error", "print(Articel.objects.all())"),
        ("attribute_error", "a = Article.objects.first()\nprint(a.nope)"),
        ("after_output", "print('before')\nprint(Article.objects.get(pk=42))"),
        ("syntax_error", "print(Article.objects.all()"),
    ],
    "explain": [
        # QuerySet.explain(): EXPLAIN QUERY PLAN of the query the queryset
        # would send, one "id parent notused detail" line per plan row.
        ("all", "print(Article.objects.all().explain())"),
        ("manager", "print(Article.objects.explain())"),
        ("filter_fk", "print(Comment.objects.filter(article_id=1).explain())"),
        ("filter_pk", "print(Article.objects.filter(pk=3).explain())"),
        ("join", "print(Comment.objects.select_related('article').filter(article__user_id=1).explain())"),
        ("annotate", "from django.db.models import Count\nprint(Article.objects.annotate(n=Count('comment')).order_by('-n').explain())"),
        ("m2m_filter", "print(User.objects.filter(followers__pk=1).explain())"),
        ("distinct", "print(User.objects.filter(article__title__icontains='e').distinct().explain())"),
        ("or", "from django.db.models import Q\nprint(Comment.objects.filter(Q(article_id=1) | Q(user_id=2)).explain())"),
        ("like_prefix", "print(User.objects.filter(username__startswith='a').explain())"),
        ("values", "print(Article.objects.values('title').explain())"),
        ("sliced", "print(Article.objects.order_by('-pk')[:3].explain())"),
        ("prefetch", "qs = Article.objects.prefetch_related('comment_set')\nprint(qs.explain())\nprint(len(qs))"),
        ("exists_subquery", "from django.db.models import Exists, OuterRef\nprint(Article.objects.annotate(c=Exists(Comment.objects.filter(article=OuterRef('pk')))).explain())"),
        ("related_manager", "u = User.objects.get(pk=1)\nprint(u.followings.explain())\nprint(u.article_set.explain())"),
        ("evaluated", "qs = Article.objects.all()\nlist(qs)\nprint(qs.explain())"),
        ("lines", "for line in Comment.objects.filter(user__username='admin').explain().split('\\n'):\n    print(line.split(' ', 3)[3])"),
        ("type", "plan = Article.objects.explain()\nprint(type(plan).__name__, len(plan.splitlines()))"),
        ("none", "print(repr(Article.objects.none().explain()))\nprint(repr(Article.objects.filter(pk__in=[]).explain(format='json')))"),
        ("format_json", "Article.objects.all().explain(format='json')"),
        ("format_text", "try:\n    Article.objects.explain(format='text')\nexcept ValueError as e:\n    print(e)"),
        ("format_none", "print(Article.objects.filter(pk=1).explain(format=None))"),
        ("options", "Article.objects.all().explain(analyze=True, verbose=False)"),
        ("positional", "Article.objects.all().explain('json')"),
    ],
    "writes": [
        # save(): UPDATE of every concrete field, INSERT ... RETURNING when new
        ("save", "a = Article.objects.get(pk=1)\na.title = 'x'\na.save()"),
        ("save_then_read", "a = Article.objects.get(pk=1)\na.title = '바뀐 제목'\na.save()\nprint(Article.objects.get(pk=1).title)\nprint(a.updated_at)"),
        ("save_update_fields", "a = Article.objects.get(pk=1)\na.title = 'z'\na.save(update_fields=['title'])"),
        ("save_update_fields_error", "a = Article.objects.get(pk=1)\na.save(update_fields=['nope'])"),
        ("save_user", "u = User.objects.get(pk=2)\nu.first_name = '길동'\nu.save()\nprint(u.get_full_name())"),
        ("save_new", "a = Article(user_id=1, title='t', content='c')\nprint(a.pk)\na.save()\nprint(a.pk, a.created_at)\nprint(a)"),
        ("save_new_then_update", "a = Article(user_id=2, title='a', content='b')\na.save()\na.title = 'c'\na.save()\nprint(Article.objects.count())"),
        ("save_new_with_pk", "a = Article(id=50, user_id=1, title='t', content='c')\na.save()\nprint(a.pk)"),
        ("save_fk_instance", "c = Comment.objects.get(pk=1)\nc.user = User.objects.get(pk=3)\nc.save()\nprint(c.user_id, c.user)"),
        ("save_fk_id", "c = Comment.objects.get(pk=1)\nc.user_id = 4\nc.save()\nprint(c.user)"),
        ("save_fk_text", "c = Comment.objects.get(pk=1)\nc.user_id = ' 0_3 '\nc.save()\nprint(Comment.objects.get(pk=1).user_id)\nc.user_id = 2.7\nc.save()\nprint(Comment.objects.get(pk=1).user_id)\nc.user_id = '3.0'\ntry:\n    c.save()\nexcept ValueError as e:\n    print(e)"),
        ("save_fk_empty_text", "c = Comment.objects.get(pk=1)\nc.user_id = ''\nc.save()"),
        ("save_long_title", "a = Article.objects.get(pk=2)\na.title = 'x' * 20\na.save()\nprint(len(Article.objects.get(pk=2).title))"),
        ("save_not_null", "c = Comment(article_id=1, content='x')\nc.save()"),
        ("save_pk_none_after_init", "c = Comment(article_id=1, user_id=1, content='x')\nprint(c.pk, c.id, c.created_at)"),
        ("init_unknown_field", "Article(nope=1)"),
        # create()
        ("create", "Article.objects.create(user_id=1, title='t', content='c')"),
        ("create_print", "c = Comment.objects.create(article_id=1, user_id=2, content='hi')\nprint(c, c.pk, c.created_at)\nprint(Comment.objects.filter(article_id=1).count())"),
        ("create_instance_fk", "u = User.objects.get(pk=2)\na = Article.objects.create(user=u, title='글', content='내용')\nprint(a.pk, a.user_id, a.user)"),
        ("create_unknown_field", "Article.objects.create(title='t', nope=1)"),
        ("create_unknown_fields", "Comment.objects.create(nope=1, zip=2)"),
        ("create_not_null", "Article.objects.create(title='t', content='c')"),
        ("create_duplicate_username", "User.objects.create(username='admin')"),
        ("create_user", "u = User.objects.create(username='새 사용자')\nprint(u.pk, u, u.is_active, u.is_staff, u.date_joined)"),
        ("create_missing_fk", "Comment.objects.create(article_id=999, user_id=1, content='x')"),
        ("create_catch_integrity", "from django.db import IntegrityError\ntry:\n    User.objects.create(username='admin')\nexcept IntegrityError as e:\n    print('중복:', e)\nprint(User.objects.count())"),
        ("related_create", "a = Article.objects.get(pk=1)\nc = a.comment_set.create(user_id=1, content='hi')\nprint(c, c.article_id)\nprint(a.comment_set.count())"),
        ("related_create_user", "u = User.objects.get(pk=1)\na = u.article_set.create(title='t', content='c')\nprint(a.pk, a.user_id)"),
        # update()
        ("update", "print(Article.objects.filter(pk=1).update(title='x'))"),
        ("update_all", "print(Article.objects.update(content='비움'))\nprint(Article.objects.filter(content='비움').count())"),
        ("update_f", "from django.db.models import F\nprint(Comment.objects.filter(pk=1).update(user_id=F('user_id') + 1))\nprint(Comment.objects.get(pk=1).user_id)"),
        ("update_f_field", "from django.db.models import F\nArticle.objects.filter(pk__lt=3).update(title=F('content'))\nprint(Article.objects.get(pk=2).title)"),
        ("update_join", "print(Article.objects.filter(user__username='admin').update(title='관리자 글'))"),
        ("update_instance", "print(Article.objects.filter(pk=3).update(user=User.objects.get(pk=1)))\nprint(Article.objects.get(pk=3).user)"),
        ("update_now", "from django.utils import timezone\nArticle.objects.filter(pk=1).update(updated_at=timezone.now())"),
        ("update_none", "print(Article.objects.filter(pk=99).update(title='x'))"),
        ("update_empty_in", "print(Article.objects.filter(pk__in=[]).update(title='x'))"),
        ("update_unknown", "Article.objects.update(nope=1)"),
        ("update_sliced", "Article.objects.all()[:2].update(title='x')"),
        ("update_related_manager", "u = User.objects.get(pk=5)\nprint(u.article_set.update(title='윤'))"),
        # delete() and the Collector
        ("delete", "print(Comment.objects.filter(pk=1).delete())"),
        ("delete_comment", "c = Comment.objects.get(pk=1)\nprint(c.delete())\nprint(c.pk, c)"),
        ("delete_comment_twice", "c = Comment.objects.get(pk=2)\nc.delete()\nc.delete()"),
        ("delete_article", "a = Article.objects.get(pk=1)\nprint(a.delete())"),
        ("delete_articles", "print(Article.objects.filter(pk__lt=3).delete())"),
        ("delete_user", "u = User.objects.get(pk=2)\nprint(u.delete())"),
        ("delete_users", "print(User.objects.filter(pk__in=[3, 5]).delete())"),
        ("delete_then_get", "Article.objects.get(pk=4).delete()\nArticle.objects.get(pk=4)"),
        ("delete_then_count", "print(Comment.objects.filter(article_id=2).delete())\nprint(Comment.objects.count(), Article.objects.get(pk=2).comment_set.count())"),
        ("delete_all_comments", "print(Comment.objects.all().delete())\nprint(Comment.objects.exists())"),
        ("delete_nothing", "print(Article.objects.filter(pk=99).delete())"),
        ("delete_join", "print(Comment.objects.filter(article__user_id=1).delete())"),
        ("delete_sliced", "Comment.objects.all()[:3].delete()"),
        ("delete_values", "Comment.objects.values('id').delete()"),
        ("delete_related_manager", "a = Article.objects.get(pk=3)\nprint(a.comment_set.all().delete())"),
        ("delete_user_keeps_others", "User.objects.get(username='윤싸피').delete()\nprint(Article.objects.count(), Comment.objects.count())\nprint(list(User.objects.get(pk=3).followers.all()))"),
        # many-to-many managers
        ("add", "u = User.objects.get(pk=1)\nu.followings.add(3)"),
        ("remove", "u = User.objects.get(pk=1)\nu.followings.remove(2)"),
        ("like_add_many", "a = Article.objects.get(pk=1)\na.like_users.add(4, 5)\nprint(a.like_users.count())"),
        ("like_add_instance", "a = Article.objects.get(pk=4)\nu = User.objects.get(pk=2)\na.like_users.add(u)\nprint(list(a.like_users.all()))"),
        ("like_remove", "a = Article.objects.get(pk=2)\na.like_users.remove(1, 3)\nprint(list(a.like_users.values_list('pk', flat=True)))"),
        ("like_clear", "a = Article.objects.get(pk=2)\na.like_users.clear()\nprint(a.like_users.exists())"),
        ("like_set", "a = Article.objects.get(pk=1)\na.like_users.set([1, 2])\nprint(list(a.like_users.values_list('pk', flat=True)))"),
        ("like_set_same", "a = Article.objects.get(pk=1)\na.like_users.set([2, 3])"),
        ("like_articles_add", "u = User.objects.get(pk=5)\nu.like_articles.add(1, 2)\nprint(u.like_articles.count())"),
        ("followers_add", "u = User.objects.get(pk=2)\nu.followers.add(5)\nprint(list(u.followers.all()))"),
        ("followers_clear", "u = User.objects.get(pk=1)\nu.followers.clear()\nprint(u.followers.count())"),
        ("followings_set", "u = User.objects.get(pk=3)\nu.followings.set([4, 5])\nprint(list(u.followings.all()))"),
        ("follow_toggle", "me = User.objects.get(pk=1)\nyou = User.objects.get(pk=4)\nif you.followers.filter(pk=me.pk).exists():\n    you.followers.remove(me)\nelse:\n    you.followers.add(me)\nprint(you.followers.count())"),
        ("add_wrong_model", "a = Article.objects.get(pk=1)\na.like_users.add(Article.objects.get(pk=2))"),
        ("add_nothing", "a = Article.objects.get(pk=1)\na.like_users.add()"),
        # get_or_create, update_or_create, bulk_create
        ("get_or_create_found", "print(Article.objects.get_or_create(title='첫 글', defaults={'content': 'x', 'user_id': 1}))"),
        ("get_or_create_new", "a, created = Article.objects.get_or_create(title='new', defaults={'content': 'x', 'user_id': 1})\nprint(a.pk, created, a.content)"),
        ("get_or_create_multiple", "Comment.objects.get_or_create(article_id=1)"),
        ("get_or_create_user", "u, created = User.objects.get_or_create(username='김싸피')\nprint(u.pk, created)"),
        ("update_or_create_found", "print(Article.objects.update_or_create(pk=1, defaults={'title': 'upd'}))"),
        ("update_or_create_new", "a, created = Article.objects.update_or_create(title='없는 글', defaults={'content': 'c', 'user_id': 2})\nprint(a.pk, created, a.title)"),
        ("update_or_create_defaults", "a, created = Article.objects.update_or_create(pk=2, defaults={'title': 'u'}, create_defaults={'title': 'c', 'user_id': 1})\nprint(a.title, created)"),
        ("bulk_create", "objs = Comment.objects.bulk_create([Comment(article_id=1, user_id=1, content='a'), Comment(article_id=2, user_id=2, content='b')])\nprint(objs, [c.pk for c in objs])\nprint(Comment.objects.count())"),
        ("bulk_create_articles", "Article.objects.bulk_create([Article(user_id=i, title=f'글 {i}', content='') for i in range(1, 4)])\nprint(Article.objects.filter(content='').count())"),
        ("bulk_create_empty", "print(Comment.objects.bulk_create([]))"),
        ("bulk_create_duplicate", "User.objects.bulk_create([User(username='a'), User(username='a')])"),
        # transaction.atomic()
        ("atomic", "from django.db import transaction\nwith transaction.atomic():\n    a = Article.objects.create(user_id=1, title='t', content='c')\n    a.like_users.add(2)\nprint(Article.objects.count())"),
        ("atomic_nested", "from django.db import transaction\nwith transaction.atomic():\n    Article.objects.filter(pk=1).update(title='y')\n    with transaction.atomic():\n        Article.objects.filter(pk=2).update(title='z')\nprint(Article.objects.get(pk=2).title)"),
        ("atomic_rollback", "from django.db import transaction\ntry:\n    with transaction.atomic():\n        Article.objects.filter(pk=1).update(title='y')\n        raise ValueError('no')\nexcept ValueError:\n    pass\nprint(Article.objects.get(pk=1).title)"),
        ("atomic_rollback_delete", "from django.db import transaction\ntry:\n    with transaction.atomic():\n        print(User.objects.get(pk=2).delete())\n        raise ValueError('취소')\nexcept ValueError as e:\n    print(e)\nprint(User.objects.count(), Article.objects.count(), Comment.objects.count())"),
        ("atomic_inner_rollback", "from django.db import transaction\nwith transaction.atomic():\n    Comment.objects.filter(pk=1).delete()\n    try:\n        with transaction.atomic():\n            Comment.objects.filter(pk=2).delete()\n            raise KeyError('x')\n    except KeyError:\n        print('inner rolled back')\nprint(list(Comment.objects.filter(pk__lt=4).values_list('pk', flat=True)))"),
        ("atomic_integrity", "from django.db import transaction, IntegrityError\ntry:\n    with transaction.atomic():\n        Article.objects.create(user_id=1, title='a', content='b')\n        User.objects.create(username='admin')\nexcept IntegrityError as e:\n    print(e)\nprint(Article.objects.count())"),
        ("atomic_broken", "from django.db import transaction, IntegrityError\nwith transaction.atomic():\n    try:\n        User.objects.create(username='admin')\n    except IntegrityError:\n        pass\n    print(User.objects.count())"),
        ("atomic_uncaught", "from django.db import transaction\nwith transaction.atomic():\n    Comment.objects.all().delete()\n    Article.objects.get(pk=99)"),
        ("atomic_get_or_create", "from django.db import transaction\nwith transaction.atomic():\n    print(Article.objects.get_or_create(title='t', defaults={'user_id': 1}))"),
        # more edges
        ("save_only_loaded", "a = Article.objects.only('title').get(pk=1)\na.title = 'only'\na.save()"),
        ("save_copy", "a = Article.objects.get(pk=1)\na.pk = None\na.save()\nprint(a.pk, Article.objects.filter(title='첫 글').count())"),
        ("save_update_fields_empty", "a = Article.objects.get(pk=1)\na.save(update_fields=[])\nprint('no query')"),
        ("assign_wrong_model", "c = Comment.objects.get(pk=1)\nc.user = Article.objects.get(pk=1)"),
        ("assign_int_to_fk", "c = Comment.objects.get(pk=1)\nc.user = 3"),
        ("create_pk", "a = Article.objects.create(pk=77, user_id=1, title='t', content='c')\nprint(a.pk, Article.objects.get(pk=77).title)"),
        ("create_with_article", "a = Article.objects.get(pk=2)\nc = Comment.objects.create(article=a, user_id=1, content='캐시')\nprint(c.article.title)"),
        ("create_positional", "Article.objects.create(1)"),
        ("refresh_from_db", "a = Article.objects.get(pk=1)\nArticle.objects.filter(pk=1).update(title='새 제목')\nprint(a.title)\na.refresh_from_db()\nprint(a.title)"),
        ("refresh_deleted", "a = Article.objects.get(pk=3)\nArticle.objects.filter(pk=3).delete()\na.refresh_from_db()"),
        ("update_f_multiply", "from django.db.models import F\nComment.objects.filter(pk__lte=2).update(user_id=F('user_id') * 2)\nprint(list(Comment.objects.filter(pk__lte=2).values_list('user_id', flat=True)))"),
        ("update_null", "Article.objects.filter(pk=1).update(content=None)"),
        ("update_missing_fk", "Comment.objects.filter(pk=1).update(user_id=99)"),
        ("update_two_fields", "print(Comment.objects.filter(article_id=3).update(content='수정', user_id=1))"),
        ("update_no_values", "print(Article.objects.filter(pk=1).update())"),
        ("delete_empty_in", "print(Comment.objects.filter(pk__in=[]).delete())"),
        ("delete_user_no_articles", "u = User.objects.create(username='새 사람')\nprint(u.delete())"),
        ("delete_article_inside_atomic", "from django.db import transaction\nwith transaction.atomic():\n    print(Article.objects.get(pk=10).delete())\nprint(Article.objects.filter(pk=10).exists())"),
        ("like_set_queryset", "a = Article.objects.get(pk=5)\na.like_users.set(User.objects.filter(pk__gte=4))\nprint(list(a.like_users.order_by('pk')))"),
        ("like_set_clear", "a = Article.objects.get(pk=2)\na.like_users.set([1], clear=True)\nprint(a.like_users.count())"),
        ("like_remove_instances", "a = Article.objects.get(pk=2)\na.like_users.remove(User.objects.get(pk=4))\nprint(a.like_users.count())"),
        ("like_remove_nothing", "a = Article.objects.get(pk=2)\na.like_users.remove()"),
        ("follow_self", "u = User.objects.get(pk=5)\nu.followings.add(u)\nprint(list(u.followings.all()), list(u.followers.all()))"),
        ("like_articles_exists", "u = User.objects.get(pk=4)\nprint(u.like_articles.exists())\nu.like_articles.clear()\nprint(u.like_articles.exists(), u.like_articles.all().exists())"),
        ("get_or_create_invalid", "Article.objects.get_or_create(title='x', defaults={'nope': 1})"),
        ("get_or_create_pk", "a, created = Article.objects.get_or_create(pk=3)\nprint(a.title, created)"),
        ("update_or_create_create_defaults", "a, created = Article.objects.update_or_create(title='새', defaults={'content': 'u'}, create_defaults={'content': 'c', 'user_id': 3})\nprint(a.content, a.user_id, created)"),
        ("update_or_create_user", "u, created = User.objects.update_or_create(username='김싸피', defaults={'email': 'new@ssafy.com'})\nprint(u.email, created)"),
        ("bulk_create_batch", "objs = Comment.objects.bulk_create([Comment(article_id=1, user_id=1, content=str(n)) for n in range(3)], batch_size=2)\nprint([c.pk for c in objs])"),
        ("bulk_create_ignore", "objs = User.objects.bulk_create([User(username='admin'), User(username='x')], ignore_conflicts=True)\nprint([u.pk for u in objs], User.objects.count())"),
        ("atomic_savepoint_false", "from django.db import transaction, IntegrityError\nwith transaction.atomic():\n    try:\n        with transaction.atomic(savepoint=False):\n            User.objects.create(username='admin')\n    except IntegrityError:\n        print('caught')\n    print(User.objects.count())"),
        ("atomic_nested_integrity", "from django.db import transaction, IntegrityError\nwith transaction.atomic():\n    Article.objects.filter(pk=1).update(title='바깥')\n    try:\n        with transaction.atomic():\n            User.objects.create(username='admin')\n    except IntegrityError as e:\n        print('안쪽만 취소:', e)\nprint(Article.objects.get(pk=1).title, User.objects.count())"),
        ("atomic_connection_queries", "from django.db import connection, transaction\nwith transaction.atomic():\n    Comment.objects.filter(pk=1).delete()\n    with transaction.atomic():\n        pass\nfor q in connection.queries:\n    print(q['sql'])"),
        ("atomic_as", "from django.db import transaction\nwith transaction.atomic() as t:\n    print(t)"),
        ("atomic_twice", "from django.db import transaction\nfor pk in [1, 2]:\n    with transaction.atomic():\n        with transaction.atomic():\n            Comment.objects.filter(pk=pk).delete()"),
        ("related_create_cached", "a = Article.objects.get(pk=1)\nc = a.comment_set.create(user_id=1, content='hi')\nprint(c.article.title)"),
        ("reverse_fk_add", "a = Article.objects.get(pk=1)\nc = Comment.objects.get(pk=5)\na.comment_set.add(c, Comment.objects.get(pk=30))\nprint(c.article_id, c.article.title, a.comment_set.count())"),
        ("reverse_fk_add_int", "a = Article.objects.get(pk=1)\na.comment_set.add(5)"),
        ("reverse_fk_add_unsaved", "a = Article.objects.get(pk=1)\na.comment_set.add(Comment(user_id=1, content='x'))"),
        ("reverse_fk_add_no_bulk", "a = Article.objects.get(pk=1)\nc = Comment(user_id=2, content='새 댓글')\na.comment_set.add(c, bulk=False)\nprint(c.pk, c.article_id)"),
        ("reverse_fk_set", "u = User.objects.get(pk=5)\nu.article_set.set(Article.objects.filter(pk__in=[1, 2]))\nprint(list(u.article_set.values_list('pk', flat=True)))"),
        ("reverse_fk_remove", "a = Article.objects.get(pk=1)\na.comment_set.remove(Comment.objects.get(pk=1))"),
        ("reverse_fk_clear", "u = User.objects.get(pk=1)\nu.article_set.clear()"),
        ("save_unsaved_related", "u = User(username='임시')\nArticle(user=u, title='t', content='c').save()"),
        ("save_update_fields_gone", "a = Article.objects.get(pk=1)\nArticle.objects.filter(pk=1).delete()\na.title = 'x'\na.save(update_fields=['title'])"),
        ("save_after_delete", "c = Comment.objects.get(pk=3)\nComment.objects.filter(pk=3).delete()\nc.save()\nprint(Comment.objects.filter(pk=3).exists())"),
        ("delete_unsaved", "Comment(article_id=1, user_id=1, content='x').delete()"),
        ("add_string_id", "a = Article.objects.get(pk=4)\na.like_users.add('5')\na.like_users.add('x')"),
        ("create_many_then_delete", "ids = [Comment.objects.create(article_id=10, user_id=n, content='c').pk for n in range(1, 4)]\nprint(ids)\nprint(Article.objects.get(pk=10).delete())"),
        ("manager_delete", "Article.objects.delete()"),
        ("related_manager_delete", "a = Article.objects.get(pk=1)\na.like_users.delete()"),
        ("assign_m2m", "a = Article.objects.get(pk=1)\na.like_users = [1, 2]"),
        ("assign_reverse_m2m", "u = User.objects.get(pk=1)\nu.followers = []"),
        ("assign_reverse_fk", "a = Article.objects.get(pk=1)\na.comment_set = []"),
        ("m2m_update", "a = Article.objects.get(pk=2)\nprint(a.like_users.update(last_name='좋아요'))\nprint(User.objects.filter(last_name='좋아요').count())"),
        ("create_converts", "a = Article.objects.create(user_id='2', title=5, content=True)\nprint(repr(a.title), a.user_id)\nb = Article.objects.get(pk=a.pk)\nprint(repr(b.title), repr(b.content), b.user_id)"),
        ("save_in_loop", "for a in Article.objects.filter(user_id=1):\n    a.title = a.title + '!'\n    a.save(update_fields=['title'])\nprint(list(Article.objects.filter(user_id=1).values_list('title', flat=True)))"),
        ("update_clears_cache", "qs = Article.objects.filter(pk__lte=2)\nprint([a.title for a in qs])\nqs.update(title='같음')\nprint([a.title for a in qs])"),
        ("delete_m2m_join", "print(Article.objects.filter(like_users__pk=3).delete())"),
        ("delete_every_user", "print(User.objects.all().delete())\nprint(Article.objects.count(), Comment.objects.count())"),
        ("delete_then_fk", "c = Comment.objects.get(pk=5)\nc.delete()\nprint(c.article_id, c.user)"),
        ("connection_queries_rollback", "from django.db import connection, transaction\ntry:\n    with transaction.atomic():\n        Comment.objects.filter(pk=1).delete()\n        1 / 0\nexcept ZeroDivisionError:\n    pass\nprint([q['sql'] for q in connection.queries])"),
        ("bool_field", "u = User.objects.get(pk=2)\nu.is_staff = True\nu.save(update_fields=['is_staff'])\nprint(User.objects.filter(is_staff=True).count())"),
        ("get_or_create_integrity", "u, created = User.objects.get_or_create(username='ADMIN', defaults={'username': 'admin'})"),
        ("update_or_create_fk", "c, created = Comment.objects.update_or_create(pk=1, defaults={'user': User.objects.get(pk=5), 'content': '바꿈'})\nprint(c.user, c.content, created)"),
    ],
}


HAND["python"] = [
    ("fstring", "a = Article.objects.get(pk=4)\nprint(f'{a} by {a.user}: {a.title!r}')"),
    ("sorted_key", "print([a.pk for a in sorted(Article.objects.all(), key=lambda a: a.title)])"),
    ("sum_gen", "print(sum(c.article_id for c in Comment.objects.filter(user_id=2)))"),
    ("dict_comp", "print({u.username: u.pk for u in User.objects.all()})"),
    ("max_key", "print(max(Article.objects.all(), key=lambda a: a.pk))"),
    ("enumerate", "for i, u in enumerate(User.objects.order_by('-pk')[:3], start=1):\n    print(i, u)"),
    ("zip", "print(list(zip(User.objects.all()[:2], Article.objects.all()[:2])))"),
    ("multiline_call", "x = list(\n    Article.objects.filter(\n        pk__lt=3,\n    )\n)\nprint(x)"),
    ("while", "qs = Article.objects.all()\ni = 0\nwhile i < 3:\n    print(qs[i].title)\n    i += 1"),
    ("nested_loops", "for u in User.objects.filter(pk__lt=3):\n    for a in u.article_set.all():\n        print(u, a.pk)"),
    ("def_default", "def count(model=Article):\n    return model.objects.count()\nprint(count(), count(User))"),
    ("getattr", "a = Article.objects.first()\nprint(getattr(a, 'title'), hasattr(a, 'nope'))"),
    ("type_name", "print(type(Article.objects.first()).__name__)"),
    ("model_class", "print(Article)\nprint(User)"),
    ("manager_str", "print(Article.objects)\nprint(Article.objects.get(pk=1).comment_set)"),
    ("list_index", "users = list(User.objects.all())\nprint(users[-1], users[1:3])"),
    ("tuple_unpack", "first, second = Article.objects.all()[:2]\nprint(first, second)"),
    ("conditional_expr", "qs = Article.objects.filter(pk=100)\nprint(qs.first() or 'none')"),
    ("values_in_loop", "for row in User.objects.values('username', 'is_staff'):\n    print(row)"),
    ("pk_list", "ids = list(Article.objects.values_list('pk', flat=True))\nprint(Comment.objects.filter(article_id__in=ids[:2]).count())"),
]

HAND["lines"] = [
    ("loop_header", "qs = Comment.objects.filter(article_id=3)\nfor c in qs:\n    print(c.user.username)"),
    ("comprehension", "names = [c.user.username for c in Comment.objects.filter(article_id=2)]\nprint(names)"),
    ("function_body", "def author(a):\n    return a.user.username\n\nfor a in Article.objects.all()[:3]:\n    print(author(a))"),
    ("if_condition", "a = Article.objects.get(pk=1)\nif a.comment_set.exists():\n    print('has comments')\nelse:\n    print('none')"),
    ("try_body", "try:\n    x = Article.objects.get(pk=1)\n    y = x.user\nexcept Exception:\n    pass\nprint(y)"),
    ("blank_and_comments", "# the articles\n\nqs = Article.objects.all()  # lazy\n\nprint(len(qs))"),
    ("followers_loop", "for u in User.objects.all():\n    print(u, u.followers.count(), u.followings.count())"),
    ("likes_loop", "for a in Article.objects.all()[:4]:\n    print(a.pk, [u.username for u in a.like_users.all()])"),
    ("liked_exists", "me = User.objects.get(pk=2)\nfor a in Article.objects.all()[:3]:\n    print(a.pk, a.like_users.filter(pk=me.pk).exists())"),
    ("comment_article_user", "for c in Comment.objects.all()[:3]:\n    print(c.article.user, c.user)"),
]


HAND["prefetch"] = [
    ("not_a_relation", "print(Article.objects.prefetch_related('title'))"),
    ("unknown_name", "print('before')\nprint(Article.objects.prefetch_related('nope'))"),
    ("unknown_nested", "for u in User.objects.prefetch_related('like_articles__followers'):\n    print(u)"),
    ("unknown_on_no_rows", "print(Article.objects.filter(pk=0).prefetch_related('nope'))"),
    ("m2m_to_attr", "from django.db.models import Prefetch\nfor a in Article.objects.prefetch_related(Prefetch('like_users', queryset=User.objects.order_by('-username'), to_attr='likers'))[:3]:\n    print(a.pk, [u.username for u in a.likers])"),
    ("m2m_then_fk", "for u in User.objects.prefetch_related('like_articles__user'):\n    print(u, [a.user.username for a in u.like_articles.all()])"),
    ("m2m_count_cached", "for u in User.objects.prefetch_related('followers'):\n    print(u, u.followers.count(), u.followers.exists(), len(u.followers.all()))"),
    ("reverse_fk", "for a in Article.objects.prefetch_related('comment_set'):\n    print(a.pk, len(a.comment_set.all()))"),
    ("count_from_cache", "for a in Article.objects.prefetch_related('comment_set')[:3]:\n    print(a.comment_set.count(), a.comment_set.exists())"),
    ("ordered_desc", "for a in Article.objects.order_by('-pk').prefetch_related('comment_set')[:4]:\n    print(a.pk, [c.pk for c in a.comment_set.all()])"),
    ("filter_not_cached", "a = Article.objects.prefetch_related('comment_set').get(pk=2)\nprint(a.comment_set.filter(user_id=1).count())"),
    ("user_articles", "for u in User.objects.prefetch_related('article_set', 'comment_set'):\n    print(u, u.article_set.count(), u.comment_set.count())"),
    ("with_select_related", "qs = Article.objects.select_related('user').prefetch_related('comment_set')\nfor a in qs[:3]:\n    print(a.user, [c.user_id for c in a.comment_set.all()])"),
    ("comment_user_n_plus_one", "for a in Article.objects.prefetch_related('comment_set')[:2]:\n    for c in a.comment_set.all():\n        print(c.user.username)"),
    ("empty", "print(list(Article.objects.filter(pk=0).prefetch_related('comment_set')))"),
    ("first", "a = Article.objects.prefetch_related('comment_set').first()\nprint(a.comment_set.all())"),
    ("prefetch_queryset", "from django.db.models import Prefetch\nqs = Article.objects.prefetch_related(Prefetch('comment_set', queryset=Comment.objects.select_related('user')))\nfor a in qs[:3]:\n    print(a.pk, [c.user.username for c in a.comment_set.all()])"),
    ("prefetch_to_attr", "from django.db.models import Prefetch\nqs = Article.objects.prefetch_related(Prefetch('comment_set', queryset=Comment.objects.filter(user_id=2), to_attr='mine'))\nfor a in qs[:4]:\n    print(a.pk, a.mine)"),
    ("prefetch_ordered", "from django.db.models import Prefetch\nfor u in User.objects.prefetch_related(Prefetch('article_set', queryset=Article.objects.order_by('-pk')))[:2]:\n    print(u, u.article_set.all())"),
    ("prefetch_values_error", "from django.db.models import Prefetch\nPrefetch('comment_set', queryset=Comment.objects.values('pk'))"),
    ("lesson_select_and_prefetch", "from django.db.models import Prefetch\narticles = Article.objects.select_related('user').prefetch_related(Prefetch('comment_set', queryset=Comment.objects.select_related('user')))\nfor a in articles:\n    print(a.title, a.user.username, len(a.comment_set.all()))\n    for c in a.comment_set.all():\n        print('  ', c.user.username, c.content)"),
    ("forward", "for a in Article.objects.prefetch_related('user'):\n    print(a.pk, a.user)"),
    ("forward_desc", "for c in Comment.objects.order_by('-pk').prefetch_related('user')[:6]:\n    print(c.pk, c.user)"),
    ("forward_one", "for c in Comment.objects.filter(user_id=3).prefetch_related('user', 'article'):\n    print(c.user, c.article)"),
    ("forward_after_select_related", "for a in Article.objects.select_related('user').prefetch_related('user')[:3]:\n    print(a.user)"),
    ("both_levels", "for a in Article.objects.prefetch_related('comment_set', 'comment_set__user')[:3]:\n    print([c.user.username for c in a.comment_set.all()])"),
    ("nested_desc", "for a in Article.objects.order_by('-pk').prefetch_related('comment_set__user')[:3]:\n    print([c.user.username for c in a.comment_set.all()])"),
    ("nested_prefetch_qs", "from django.db.models import Prefetch\nfor u in User.objects.prefetch_related(Prefetch('comment_set__article', queryset=Article.objects.only('title')))[:2]:\n    print(u, [c.article.title for c in u.comment_set.all()])"),
    ("m2m", "for u in User.objects.prefetch_related('followings'):\n    print(u, u.followings.count())"),
    ("nested", "for a in Article.objects.prefetch_related('comment_set__user')[:2]:\n    print([c.user for c in a.comment_set.all()])"),
]


HAND["types"] = [
    ("date_values", "import datetime\nd = datetime.date(2024, 3, 4)\nprint(d, repr(d), d.year, d.month, d.day, d == datetime.date(2024, 3, 4), d < datetime.date(2024, 3, 5))"),
    ("date_filter", "import datetime\nprint(Comment.objects.filter(created_at__date=datetime.date(2024, 3, 4)).count())\nprint(Article.objects.filter(created_at__date__gte=datetime.date(2024, 3, 5)).exists())"),
    ("aware_filter", "from datetime import datetime, timezone\nt = datetime(2024, 3, 4, 1, 30, tzinfo=timezone.utc)\nprint(t, repr(t))\nprint(list(Article.objects.filter(created_at__lt=t).values_list('pk', flat=True)))"),
    ("date_of_datetime", "a = Article.objects.get(pk=1)\nprint(a.created_at.date(), repr(a.created_at.date()))"),
    ("values_date", "print(list(Article.objects.values_list('pk', 'created_at__date').order_by('pk')[:2]))\nprint(Article.objects.values('created_at__date').first())"),
    ("time_lookup", "from datetime import time\nfrom django.db.models import Count, F\nprint(Article.objects.filter(created_at__time__gte=time(10, 30)).count())\nprint(list(Article.objects.values_list('created_at__time', flat=True).order_by('pk')[:3]))\nprint(Comment.objects.filter(created_at__time__hour=10).count(), Article.objects.filter(created_at__time='10:00').exists())\nprint(Article.objects.values('created_at__time').annotate(n=Count('id')).order_by('created_at__time')[:2])\nprint(Comment.objects.filter(article__created_at__time__lt=time(10, 20)).count())\nprint(Article.objects.order_by('-created_at__time', 'pk').first())\nprint(Article.objects.annotate(t=F('created_at__time')).order_by('pk').first().t)"),
    ("date_out_of_range", "import datetime\nprint(datetime.date(2024, 2, 30))"),
    ("datetime_bad_hour", "import datetime\nprint(datetime.datetime(2024, 3, 4, 25, tzinfo=datetime.timezone.utc))"),
    ("date_missing_day", "import datetime\nprint(datetime.date(2024, 3))"),
    ("annotate_max_datetime", "from django.db.models import Max\nfor a in Article.objects.annotate(last=Max('comment__created_at'))[:2]:\n    print(a.pk, repr(a.last))"),
    ("values_max_datetime", "from django.db.models import Max\nprint(Article.objects.values('user_id').annotate(last=Max('created_at')).order_by('user_id')[:2])"),
    ("annotate_exists", "from django.db.models import Exists, OuterRef\nqs = Article.objects.annotate(liked=Exists(Article.like_users.through.objects.filter(article_id=OuterRef('pk'))))\nprint(qs)"),
    ("annotate_exists_comments", "from django.db.models import Exists, OuterRef\nqs = Article.objects.annotate(has=Exists(Comment.objects.filter(article=OuterRef('pk'), user_id=1)))\nprint([(a.pk, a.has) for a in qs])"),
    ("values_exists", "from django.db.models import Exists, OuterRef\nprint(User.objects.annotate(wrote=Exists(Article.objects.filter(user=OuterRef('pk')))).values('username', 'wrote'))"),
    ("annotate_f", "from django.db.models import F\nfor a in Article.objects.annotate(author=F('user__username'), joined=F('user__date_joined'))[:2]:\n    print(a.author, repr(a.joined))"),
    ("annotate_bool_f", "from django.db.models import F\nprint(list(User.objects.annotate(staff=F('is_staff')).values_list('username', 'staff')))"),
    ("sum_avg", "from django.db.models import Sum, Avg, Min\nprint(Comment.objects.aggregate(Sum('article_id'), Avg('user_id'), Min('created_at')))"),
    ("count_distinct", "from django.db.models import Count\nprint(Article.objects.aggregate(n=Count('comment__user', distinct=True)))"),
    ("wrong_instance", "a = Article.objects.first()\nprint(Comment.objects.filter(user=a).count())"),
    ("in_bad_type", "print(Article.objects.filter(pk__in=1))"),
    ("get_full_name", "print(User.objects.get(pk=1).get_full_name())"),
    ("latest", "print(Article.objects.latest('created_at'))"),
    ("in_bulk", "print(Article.objects.in_bulk([1, 2]))"),
    ("date_lookup", "print(Article.objects.filter(created_at__date__gte='2024-03-05').count())"),
    ("month_lookup", "print(Article.objects.filter(created_at__month=3, created_at__day=4).count())"),
]


# Sets print and iterate in the order of CPython's table, which follows
# each member's hash: model instances hash as their pk, dates, datetimes,
# times and timedeltas by their bytes or fields, Decimals as the number
# they equal (the run uses PYTHONHASHSEED=0, as every golden here).
HAND["sets"] = [
    ("pk_set", "print(set(Article.objects.values_list('pk', flat=True)), set(Comment.objects.values_list('user_id', flat=True)))"),
    ("pk_set_ops", "a = set(Comment.objects.filter(article_id=1).values_list('user_id', flat=True))\nb = set(Comment.objects.filter(article_id=2).values_list('user_id', flat=True))\nprint(a | b, a & b, a - b, a ^ b)\nfor pk in a | {40, 8, 16}:\n    print(pk, end=' ')\nprint()"),
    ("instances", "users = {c.user for c in Comment.objects.order_by('-pk')}\nprint(users)\nprint([u.pk for u in users], users.pop())\nprint({a for a in Article.objects.order_by('-pk')} - {Article.objects.get(pk=3)})"),
    ("usernames", "names = set(User.objects.values_list('username', flat=True))\nprint(names, sorted(names))\nnames.discard('admin')\nnames.add('zed')\nprint(names)"),
    ("titles_and_pks", "print(set(Article.objects.values_list('title', 'pk')))"),
    ("dates", "import datetime\nprint({datetime.date(2024, 3, d) for d in range(1, 12)})\nprint(set(Article.objects.values_list('created_at__date', flat=True)))"),
    ("datetimes", "import datetime\nprint(set(Article.objects.values_list('created_at', flat=True)))\nprint({datetime.datetime(2024, 3, 4, h, tzinfo=datetime.timezone.utc) for h in range(8)})"),
    ("times_and_deltas", "import datetime\nprint({datetime.time(h, 30) for h in range(9)}, {datetime.timedelta(days=d, seconds=d * 7) for d in range(-3, 6)})"),
    ("decimals", "from decimal import Decimal\nprint({Decimal('1.5'), Decimal('2'), Decimal('0.1'), Decimal('-3.25'), Decimal('100'), Decimal('7.000'), 9, 1.5})"),
    ("growth", "s = set()\nfor c in Comment.objects.all():\n    s.add(c.pk * 8)\n    s.add(c.article_id)\nprint(s)\nwhile len(s) > 5:\n    s.pop()\nprint(s)"),
]


HAND["now"] = [
    ("now", "from django.utils import timezone\nprint(timezone.now())\nprint(repr(timezone.now()))"),
    ("now_filter", "from django.utils import timezone\nprint(Article.objects.filter(created_at__lt=timezone.now()).count())"),
    ("now_module", "from django.utils import timezone\nnow = timezone.now()\nprint(now.year, now.month, now.day, now.hour)"),
    ("huge_slice", "print(Article.objects.all()[10**12:10**12 + 5])"),
    ("step_zero", "print(Article.objects.all()[::0])"),
]


# What learners type beyond the lesson, each once a wrong answer or a gap:
# a refusal must stay a refusal, never another answer.
HAND["learners"] = [
    ("functions_annotate", "from django.db.models.functions import Lower, Upper, Length\nfor u in User.objects.annotate(low=Lower('username'), up=Upper('email'), n=Length('username')).order_by('pk')[:3]:\n    print(repr(u.low), repr(u.up), u.n)"),
    ("functions_values", "from django.db.models.functions import Length, Upper\nprint(list(Article.objects.annotate(n=Length('title')).filter(n__gte=5).order_by('-n', 'pk').values_list('pk', 'n')[:4]))\nprint(Article.objects.values(t=Upper('title')).order_by('pk')[:2])"),
    ("functions_query", "from django.db.models.functions import Lower, Length\nprint(User.objects.annotate(l=Lower('username')).filter(l='admin').query)\nprint(Comment.objects.annotate(n=Length('article__title')).values('n').query)"),
    ("functions_aggregate", "from django.db.models import Max, Avg, Count\nfrom django.db.models.functions import Length\nprint(Comment.objects.aggregate(longest=Max(Length('content')), mean=Avg(Length('content'))))\nprint(list(Article.objects.values(n=Length('title')).annotate(c=Count('id')).order_by('n')[:3]))"),
    ("functions_errors", "from django.db.models.functions import Lower\ntry:\n    Lower('a', 'b')\nexcept TypeError as e:\n    print(e)\nlist(User.objects.annotate(l=Lower('nope')))"),
    ("functions_value_arg", "from django.db.models import Value, F\nfrom django.db.models.functions import Lower, Length\nprint(list(User.objects.annotate(v=Lower(Value('ABC')), n=Length(F('email'))).values_list('v', 'n').order_by('pk')[:2]))"),
    ("functions_subquery", "from django.db.models import OuterRef, Subquery\nfrom django.db.models.functions import Upper\nlatest = Comment.objects.filter(article=OuterRef('pk')).order_by('-pk').annotate(u=Upper('content')).values('u')[:1]\nprint(list(Article.objects.annotate(last=Subquery(latest)).values_list('pk', 'last').order_by('pk')[:3]))"),
    ("functions_other", "from django.db.models.functions import Coalesce"),
    ("annotate_filter_f", "from django.db.models import Count, F\nprint(list(User.objects.annotate(a=Count('article', distinct=True), c=Count('comment', distinct=True)).filter(c__gte=F('a')).values_list('username', 'a', 'c')))"),
    ("aggregate_many", "from django.db.models import Count, Avg, Max\nprint(Article.objects.aggregate(Count('id'), Count('like_users', distinct=True), Max('comment__created_at'), avg=Avg('like_users__id')))"),
    ("annotate_twice", "from django.db.models import Count\nqs = Article.objects.annotate(c=Count('comment')).filter(c__gt=0).annotate(l=Count('like_users'))\nprint(list(qs.values_list('pk', 'c', 'l').order_by('pk')))"),
    ("exists_liked_by", "from django.db.models import Exists, OuterRef\nqs = Article.objects.annotate(liked=Exists(User.objects.filter(like_articles=OuterRef('pk'), pk=1)))\nprint([(a.pk, a.liked) for a in qs.order_by('pk')])"),
    ("subquery_count", "from django.db.models import Count, OuterRef, Subquery\nc = Comment.objects.filter(article=OuterRef('pk')).values('article').annotate(n=Count('pk')).values('n')\nprint(list(Article.objects.annotate(n=Subquery(c)).values_list('pk', 'n').order_by('pk')[:4]))"),
    ("values_annotate_having", "from django.db.models import Count\nprint(list(Comment.objects.values('user__username').annotate(n=Count('id')).filter(n__gte=2).order_by('-n', 'user__username')))"),
    ("follow_counts_values", "from django.db.models import Count\nprint(list(User.objects.annotate(followers_n=Count('followers', distinct=True), followings_n=Count('followings', distinct=True)).values('username', 'followers_n', 'followings_n').order_by('pk')))"),
    ("prefetch_filtered", "from django.db.models import Prefetch\nqs = Article.objects.prefetch_related(Prefetch('comment_set', queryset=Comment.objects.filter(user_id=1), to_attr='mine')).order_by('pk')[:3]\nfor a in qs:\n    print(a.pk, [c.pk for c in a.mine])"),
    ("select_prefetch_mix", "qs = Comment.objects.select_related('article__user').prefetch_related('article__like_users').order_by('pk')[:3]\nfor c in qs:\n    print(c.pk, c.article.user.username, c.article.like_users.count())"),
    ("exists_in_loop", "for u in User.objects.order_by('pk')[:3]:\n    print(u.username, u.article_set.exists(), u.followers.filter(pk=1).exists())"),
    ("count_vs_len_prefetched", "for a in Article.objects.prefetch_related('comment_set').order_by('pk')[:2]:\n    print(a.comment_set.count(), len(a.comment_set.all()), a.comment_set.all().count(), a.comment_set.filter(pk__gt=0).count())"),
    ("distinct_values_order", "print(list(Comment.objects.values_list('user_id', flat=True).distinct().order_by('user_id')))"),
    ("in_bulk_all", "print(sorted(Article.objects.in_bulk()))"),
    ("first_last_values", "print(Article.objects.values('pk').first(), Article.objects.values_list('pk', flat=True).last())"),
    ("earliest_latest", "print(Comment.objects.earliest('created_at').pk, Comment.objects.latest('created_at', '-pk').pk)"),
    ("typo_qs_attr", "print(Article.objects.all().title)"),
    ("typo_manager_attr", "print(Article.objects.titel)"),
    ("typo_m2m_manager_attr", "u = User.objects.get(pk=1)\nprint(u.followings.username)"),
    ("typo_fk_manager_attr", "a = Article.objects.get(pk=1)\nprint(a.comment_set.content)"),
    ("typo_method_call", "print(Article.objects.filter(pk=1).frist())"),
    ("get_positional", "Article.objects.get(1)"),
    ("fk_by_username", "Article.objects.filter(user='admin')"),
    ("fk_bad_field", "Article.objects.filter(user__name='admin')"),
    ("instance_bad_related", "print(Article.objects.all()[0].comments)"),
    ("len_manager", "print(len(Article.objects))"),
    ("dict_attr", "print(Article.objects.values('title')[0].title)"),
    ("chain_related_count", "print(Article.objects.get(pk=1).user.article_set.count())"),
    ("order_f_query", "from django.db.models import F\nprint(Article.objects.order_by(F('title').desc(nulls_last=True), F('pk').asc(nulls_first=True)).query)\nprint(Comment.objects.order_by(F('article__user__username').desc(), 'pk').values_list('pk', flat=True)[:5])"),
    ("order_f_reverse", "from django.db.models import F\nqs = Article.objects.order_by(F('user_id').desc(nulls_first=True), 'pk').reverse()\nprint(qs.query)\nprint(list(qs.values_list('pk', flat=True)))"),
    ("order_f_bare", "from django.db.models import F\nprint(Article.objects.order_by(F('user'), '-pk').values_list('pk', flat=True)[:4])\nprint(Comment.objects.order_by(F('article')).query)"),
    ("order_f_annotation", "from django.db.models import Count, F\nprint(list(Article.objects.annotate(n=Count('comment')).order_by(F('n').desc(), 'pk').values_list('pk', 'n')[:3]))\nprint(Article.objects.values('user_id').annotate(n=Count('id')).order_by(F('n').asc(nulls_last=True), 'user_id').query)"),
    ("order_f_errors", "from django.db.models import F\ntry:\n    F('pk').desc(nulls_first=True, nulls_last=True)\nexcept ValueError as e:\n    print(e)\ntry:\n    F('pk').asc(nulls_last=False)\nexcept ValueError as e:\n    print(e)\nlist(Article.objects.order_by(F('nope').asc()))"),
    ("strftime", "a = Article.objects.get(pk=2)\nd = a.created_at\nprint(d.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %a %A %b %B %j %w %p %I %y %%'))\nprint(d.date().strftime('%d/%m/%Y %H:%M'), d.time().strftime('%H시 %M분'), d.weekday(), d.isoweekday(), d.date().weekday())\nprint(format(d, '%Y년 %m월 %d일'), f'{d.date():%b %d}', f'{d.time():%I:%M %p}')\nfor c in Comment.objects.order_by('pk')[:3]:\n    print(f'{c.created_at:%a %H:%M} {c.created_at.strftime(\"%p\")}')"),
    ("strftime_directive", "print(Article.objects.get(pk=2).created_at.strftime('%c'))"),
    ('print_star', "print(*Article.objects.order_by('pk')[:3], sep='\\n')"),
    ('enumerate_qs', "for i, a in enumerate(Article.objects.order_by('pk')[:3], 1):\n    print(i, a.title)"),
    ('query_str_methods', "q = str(Article.objects.filter(user__username='admin').query)\nprint(q.count('JOIN'), len(q), q.split(' FROM ')[1][:40])"),
    ('queries_last', "from django.db import connection, reset_queries\nlist(Article.objects.all())\nprint(connection.queries[-1]['sql'][:30], len(connection.queries))\nreset_queries()\nprint(connection.queries)"),
    ('set_of_qs', "print(len(set(Article.objects.all())), len(set(Comment.objects.values_list('article_id', flat=True))))"),
    ('related_chain', "a = Article.objects.get(pk=1)\nprint(a.comment_set.all().order_by('-pk').first(), list(a.like_users.all().values_list('username', flat=True)))"),
    ('like_articles', 'u = User.objects.get(pk=1)\nprint(u.like_articles.count(), Article.objects.filter(like_users=u).count(), Article.objects.filter(like_users__in=[1, 2]).distinct().count())'),
    ('self_m2m_chain', 'print(User.objects.filter(followings__followings=1).distinct().count(), User.objects.exclude(pk=1).filter(followers=1).count())'),
    ('m2m_deep', "print(Comment.objects.filter(article__like_users__username='admin').count())"),
    ('combined_counts', "from django.db.models import Count\nfor a in Article.objects.annotate(score=Count('like_users', distinct=True) + Count('comment', distinct=True)).order_by('-score', 'pk')[:3]:\n    print(a.pk, a.score)"),
    ('annotate_filter_count', "from django.db.models import Count\nprint(list(Article.objects.values('pk').annotate(n=Count('comment')).filter(n__gt=1).order_by('pk')))"),
    ('order_f_desc', "from django.db.models import F\nprint(Article.objects.order_by(F('title').desc(nulls_last=True)).values_list('pk', flat=True)[:4])"),
    ('order_f_asc', "from django.db.models import F\nprint(Article.objects.order_by(F('user_id').asc(), '-pk').values_list('pk', flat=True)[:4])"),
    ('aggregate_over_annotation', "from django.db.models import Count, Avg\nprint(Article.objects.annotate(c=Count('comment')).aggregate(Avg('c')))"),
    ('aggregate_count_related', "from django.db.models import Count\nprint(Article.objects.aggregate(total=Count('comment')))"),
    ('latest_no_field', 'Article.objects.latest()'),
    ('date_filters', 'from datetime import date\nprint(Article.objects.filter(created_at__year=2024, created_at__month=3).count(), Article.objects.filter(created_at__date=date(2024, 3, 4)).count())'),
    ('range_filter', 'from datetime import datetime, timezone\nprint(Article.objects.filter(created_at__range=(datetime(2024, 3, 1, tzinfo=timezone.utc), datetime(2024, 3, 5, tzinfo=timezone.utc))).count())'),
    ('in_and_iexact', "print(Article.objects.filter(title__in=['a', 'b']).count(), User.objects.filter(username__iexact='ADMIN').count())"),
    ('pk_in_values_list', "print(Article.objects.filter(pk__in=Comment.objects.values_list('article_id', flat=True)).count())"),
    ('isnull_both', 'print(Article.objects.filter(user__isnull=False).count(), Comment.objects.filter(article__isnull=True).count())'),
    ('str_join_titles', "print(', '.join(a.title for a in Article.objects.order_by('pk')[:3]))"),
    ('dict_comprehension', "print({u.username: u.article_set.count() for u in User.objects.order_by('pk')[:3]})"),
    ('fstring_format', "for a in Article.objects.order_by('pk')[:2]:\n    print(f'{a.pk:>3} | {a.title[:10]:<12}| {a.created_at:%Y-%m-%d}')"),
    ('values_list_tuple_unpack', "for pk, title in Article.objects.values_list('pk', 'title').order_by('pk')[:2]:\n    print(pk, title.upper())"),
    ('filter_chain_related', "u = User.objects.get(username='admin')\nprint(u.article_set.filter(comment__isnull=False).distinct().count())"),
    ('get_related_attr', 'c = Comment.objects.get(pk=3)\nprint(c.article.title, c.user.username, c.article.user.username)'),
    ('first_ordered_related', "print(User.objects.order_by('-date_joined').first().username)"),
    ('exists_vs_count', "qs = Article.objects.filter(comment__user__username='admin')\nif qs.exists():\n    print(qs.count(), qs.distinct().count())"),
    ('count_distinct_values', "print(Comment.objects.values('article').distinct().count())"),
    ('none_ops', 'qs = Article.objects.none()\nprint(qs.count(), qs.exists(), list(qs), qs.first())'),
    ('repr_values', "print(repr(Article.objects.values('pk')[:2]))"),
    ('in_operator_pk', "print(3 in Article.objects.values_list('pk', flat=True))"),
    ('bool_ops_instances', 'a = Article.objects.first()\nprint(bool(a), a is not None, not a)'),
    ('related_count_loop', "for u in User.objects.order_by('pk'):\n    print(u.username, u.followers.count(), u.followings.count())"),
    ('prefetch_count_loop', "for u in User.objects.prefetch_related('followers', 'followings').order_by('pk'):\n    print(u.username, u.followers.count(), len(u.followings.all()))"),
    ('select_related_fk_none', "print(Comment.objects.select_related('article', 'user').order_by('pk')[0].user)"),
    ('update_like_check', 'u = User.objects.get(pk=1)\na = Article.objects.get(pk=1)\nprint(a.like_users.filter(pk=u.pk).exists(), u in a.like_users.all())'),
    ('get_kw_error', "Article.objects.get(titel='x')"),
    ('values_fk_name', "print(Comment.objects.values('article', 'user__username').order_by('pk')[:2])"),
    ('print_manager', 'print(Article.objects)'),
    ('print_related_manager', 'u = User.objects.get(pk=1)\nprint(u.followings)\nprint(u.article_set)'),
    ('type_qs', 'qs = Article.objects.all()\nprint(type(qs), type(qs).__name__, qs.__class__.__name__)'),
    ('iterate_manager', 'for a in Article.objects:\n    print(a)'),
    ('subscript_manager', 'print(Article.objects[0])'),
    ('qs_or', 'u = User.objects.get(pk=1)\nprint((u.followings.all() | u.followers.all()).count())'),
    ('qs_and', 'print((Article.objects.filter(pk__lt=5) & Article.objects.filter(pk__gt=2)).count())'),
    ('qs_or_print', 'print(Article.objects.filter(pk=1) | Article.objects.filter(pk=3))'),
    ('sorted_key', 'print([a.title for a in sorted(Article.objects.all(), key=lambda a: a.title)][:3])'),
    ('max_key', 'print(max(Article.objects.all(), key=lambda a: a.comment_set.count()))'),
    ('dict_pairs', "print(dict(Article.objects.values_list('pk', 'title')[:3]))"),
    ('values_all', 'print(Article.objects.filter(pk=1).values())'),
    ('sum_gen', 'print(sum(c.article_id for c in Comment.objects.all()))'),
    ('instance_dict', "print(Article.objects.get(pk=1).__dict__['title'])"),
    ('pk_eq', 'a = Article.objects.get(pk=1)\nprint(a.pk == a.id, a.pk is a.id)'),
    ('hash_instance', 'a = Article.objects.get(pk=1)\nprint(hash(a) == hash(1))'),
    ('str_qs_query_values', "print(Article.objects.values('user__username').annotate(n=models.Count('id')).query)"),
    ('count_followers', "from django.db.models import Count\nfor u in User.objects.annotate(n=Count('followers')).order_by('-n', 'pk')[:3]:\n    print(u.username, u.n)"),
    ('exclude_isnull', 'print(Article.objects.exclude(comment__isnull=True).distinct().count())'),
    ('filter_unicode', "print(Comment.objects.filter(content__icontains='좋').count())"),
    ('values_list_first', "print(Article.objects.values_list('title', flat=True).first())"),
    ('in_subquery', "print(User.objects.filter(pk__in=Article.objects.values('user')).count())"),
    ('f_compare', "from django.db.models import F\nprint(Article.objects.filter(updated_at__gt=F('created_at')).count())"),
    ('q_not', 'from django.db.models import Q\nprint(Article.objects.filter(~Q(user_id=1)).count())'),
    ('get_or_none', 'print(Article.objects.filter(pk=100).first() is None)'),
    ('exists_related', 'u = User.objects.get(pk=2)\nprint(u.followers.filter(pk=1).exists(), u.followings.exists())'),
    ('contains', 'a = Article.objects.get(pk=1)\nprint(Article.objects.contains(a), Article.objects.filter(pk__gt=1).contains(a))'),
    ('contains_cached', 'qs = Article.objects.filter(pk__lt=3)\nlist(qs)\nprint(qs.contains(Article.objects.get(pk=2)), qs.contains(Comment.objects.get(pk=1)))'),
    ('contains_related', 'u = User.objects.get(pk=1)\nprint(u.followings.contains(User.objects.get(pk=2)), u.article_set.contains(Article.objects.get(pk=1)))'),
    ('contains_values', "Article.objects.values('pk').contains(Article.objects.get(pk=1))"),
    ('contains_not_instance', 'Article.objects.contains(1)'),
    ('contains_unsaved', "Article.objects.contains(Article(title='x'))"),
    ('slice_steps', 'print(Article.objects.order_by(\'pk\')[1:6][::-2])\nqs = Article.objects.order_by(\'pk\')\nlist(qs)\nprint(qs[7:2:-2], qs[::0] if False else qs[::3])'),
    ('slice_zero_step', 'print(Article.objects.all()[::0])'),
    ('count_method_on_list', 'print(list(Article.objects.all()).count(Article.objects.get(pk=1)))'),
    ('like_users_count', "for a in Article.objects.prefetch_related('like_users')[:3]:\n    print(a.pk, a.like_users.count(), len(a.like_users.all()))"),
    ('select_related_none', "c = Comment.objects.select_related('article__user').get(pk=1)\nprint(c.article.user.username)"),
    ('values_annotate_order', "from django.db.models import Count\nprint(list(Comment.objects.values('article_id').annotate(n=Count('pk')).order_by('-n', 'article_id')[:3]))"),
    ('aggregate_empty', "from django.db.models import Sum\nprint(Article.objects.filter(pk=0).aggregate(Sum('pk')))"),
    ('fstring_instance', "a = Article.objects.get(pk=1)\nprint(f'{a} / {a.title!r} / {a.pk:03d}')"),
    ('getattr_field', "a = Article.objects.get(pk=1)\nprint(getattr(a, 'title'), hasattr(a, 'nope'))"),
    ('related_name_error', 'u = User.objects.get(pk=1)\nprint(u.comments.all())'),
    ('filter_kw_typo', "Article.objects.filter(title__contain='a')"),
    ('order_by_related_desc', "print(Article.objects.order_by('-user__username', 'pk').values_list('pk', flat=True)[:4])"),
    ('slice_negative_step', 'print(Article.objects.all()[::-1])'),
    ('len_values', "print(len(Article.objects.values('pk')), len(Article.objects.values_list('pk')))"),
    ('reverse_fk_filter', "print(Article.objects.filter(comment__user__username='admin').values_list('pk', flat=True).distinct())"),
]

HAND["edges"] = [
    ("manager_through", "u = User.objects.get(pk=1)\nprint(u.followings.through)\nprint(u.followings.through.objects.count())"),
    ("manager_attributes", "u = User.objects.get(pk=1)\nprint(Article.objects.model, Article.objects.db, Article.objects.all().db)\nprint(u.article_set.model, u.followings.model, u.followings.all().model)\nprint(Article.objects.count.__name__)"),
    ("random_order_query", "print(Article.objects.order_by('?')[:1].query)"),
    ("random_order_len", "print(len(Article.objects.order_by('?')), Article.objects.order_by('?', 'pk').count())"),
    ("random_order_values", "print(len(list(User.objects.values('username').order_by('?'))))"),
    ("random_order_distinct", "print(len(User.objects.filter(article__isnull=False).distinct().order_by('?')))"),
    ("random_order_group", "from django.db.models import Count\nprint(len(User.objects.annotate(n=Count('article')).order_by('?')))\nprint(len(Article.objects.values('user_id').annotate(n=Count('id')).order_by('?')))"),
    ("random_order_reverse", "print(Article.objects.order_by('?').reverse()[:2].query)\nprint(Article.objects.order_by('?').ordered, Article.objects.order_by('-?', 'pk').query)"),
    ("named_rows", "qs = Article.objects.values_list('title', 'pk', named=True).order_by('pk')[:3]\nprint(qs)\nfor row in qs:\n    print(row.title, row[1], row[-1], len(row), row._fields)\n    t, pk = row\n    print(t, pk)"),
    ("named_rows_related", "print(list(Comment.objects.values_list('article__title', 'user__username', named=True).order_by('pk')[:2]))"),
    ("named_and_flat", "print(Article.objects.values_list('pk', flat=True, named=True))"),
    ("in_bulk_unique_field", "print(User.objects.in_bulk(['admin', '이싸피'], field_name='username'))"),
    ("in_bulk_all_by_username", "print(sorted(User.objects.in_bulk(field_name='username')))"),
    ("in_bulk_not_unique", "print(Article.objects.in_bulk([1], field_name='title'))"),
    ("in_bulk_m2m_name", "print(User.objects.in_bulk(field_name='followings'))"),
    ("in_bulk_id_list_keyword", "print(Article.objects.in_bulk(id_list=[2, 3]))"),
    ("slice_reversed_bounds", "print(Article.objects.all()[5:2])"),
    ("slice_reversed_count", "print(Article.objects.all()[5:2].count())"),
    ("slice_of_slice", "qs = Article.objects.all()[2:8]\nprint(qs[3:1], qs[1:3])\nprint(qs[1:3][5:9])"),
    ("index_far", "print(Article.objects.all()[2:8][10**15])"),
    ("slice_step_one", "print(Article.objects.all()[1:4:1])"),
    ("slice_then_order", "Article.objects.all()[:3].order_by('pk')"),
    ("index_str", "Article.objects.all()['a']"),
    ("values_get", "print(Article.objects.values('title').get(pk=1))"),
    ("values_list_first", "print(User.objects.values_list('username', flat=True).first())"),
    ("count_on_values", "print(Article.objects.values('user_id').distinct().count())"),
    ("exists_sliced", "print(Article.objects.all()[3:5].exists())"),
    ("none_iter", "for a in Article.objects.none():\n    print(a)\nprint('done')"),
    ("empty_in", "print(Article.objects.filter(pk__in=[]).count(), list(Article.objects.filter(pk__in=[])))"),
    ("filter_none_fk", "print(Article.objects.filter(user=None).count())"),
    ("unicode_filter", "print(User.objects.filter(username__contains='싸피').count())"),
    ("quote_in_value", "print(Article.objects.filter(title=\"it's\").query)"),
    ("q_empty", "from django.db.models import Q\nprint(Article.objects.filter(Q()).count())"),
    ("f_arith", "from django.db.models import F\nprint(Article.objects.filter(pk=F('user_id') + 1).values_list('pk', flat=True)[:3])"),
    ("count_star", "from django.db.models import Count\nprint(Article.objects.aggregate(n=Count('*')))"),
    ("aggregate_empty", "from django.db.models import Max\nprint(Article.objects.filter(pk=0).aggregate(Max('pk')))"),
    ("instance_hash_set", "print(len({Article.objects.get(pk=1), Article.objects.get(pk=1)}))"),
    ("get_no_args", "print(User.objects.filter(pk=1).get())"),
    ("get_q", "from django.db.models import Q\nprint(User.objects.get(Q(pk=1) | Q(pk=99)))"),
    ("deep_chain", "c = Comment.objects.get(pk=2)\nprint(c.article.user.followers.count())"),
    ("related_manager_filter_chain", "u = User.objects.get(pk=3)\nprint(u.followings.filter(username__startswith='a').exclude(pk=2).exists())"),
    ("related_get", "a = Article.objects.get(pk=1)\nprint(a.comment_set.get(pk=1))"),
    ("related_get_missing", "a = Article.objects.get(pk=1)\nprint(a.comment_set.get(pk=30))"),
]

# ------------------------------------------------------------------ generated

MODELS = {
    "Article": {
        "filters": ["pk=3", "pk__in=[2, 4, 6]", "user_id=2", "title__icontains='e'",
                    "user__username='김싸피'", "comment__user_id=3", "like_users__pk=1",
                    "pk__gte=7", "content__contains='쿼리'"],
        "orders": ["'-pk'", "'title'", "'user__username', 'pk'", "'-created_at'"],
        "values": ["'title'", "'pk', 'user__username'", "'user_id'"],
        "attrs": ["title", "user_id", "pk"],
        "counts": ["comment", "like_users"],
    },
    "Comment": {
        "filters": ["article_id=2", "user__username='admin'", "pk__lt=6", "article__user_id=1",
                    "content__startswith='좋'", "article__title__icontains='n'"],
        "orders": ["'-pk'", "'article_id', 'pk'", "'user__username', '-pk'"],
        "values": ["'content'", "'article_id', 'user_id'", "'article__title'"],
        "attrs": ["content", "article_id", "pk"],
        "counts": [],
    },
    "User": {
        "filters": ["pk=2", "username__startswith='이'", "followings__pk=1", "followers__pk=3",
                    "article__title__icontains='e'", "is_staff=True", "like_articles__pk=1"],
        "orders": ["'-pk'", "'username'", "'-date_joined'"],
        "values": ["'username'", "'pk', 'is_staff'", "'email'"],
        "attrs": ["username", "pk", "is_superuser"],
        "counts": ["article", "comment", "followers", "followings"],
    },
}


def generated(rng, n):
    programs = []
    for i in range(n):
        model = rng.choice(sorted(MODELS))
        spec = MODELS[model]
        qs = f"{model}.objects"
        chain = []
        if rng.random() < 0.8:
            chain.append(f".filter({rng.choice(spec['filters'])})")
        if rng.random() < 0.3:
            chain.append(f".exclude({rng.choice(spec['filters'])})")
        if rng.random() < 0.4:
            chain.append(".distinct()")
        if rng.random() < 0.5:
            chain.append(f".order_by({rng.choice(spec['orders'])})")
        imports = ""
        if spec["counts"] and rng.random() < 0.3:
            imports = "from django.db.models import Count\n"
            chain.append(f".annotate(n=Count('{rng.choice(spec['counts'])}'))")
        base = qs + ("".join(chain) or ".all()")
        kind = rng.choice(["print", "count", "exists", "values", "loop", "first", "slice", "query",
                           "values_list", "get"])
        if kind == "print":
            body = f"print({base})"
        elif kind == "count":
            body = f"print({base}.count())"
        elif kind == "exists":
            body = f"print({base}.exists())"
        elif kind == "values":
            body = f"print(list({base}.values({rng.choice(spec['values'])})[:4]))"
        elif kind == "loop":
            attr = rng.choice(spec["attrs"])
            body = f"qs = {base}\nfor obj in qs[:5]:\n    print(obj.{attr})\nprint(len(qs))"
        elif kind == "first":
            body = f"print({base}.first())"
        elif kind == "slice":
            body = f"print({base}[1:3])"
        elif kind == "values_list":
            body = f"print({base}.values_list({rng.choice(spec['values'])})[:3])"
        elif kind == "get":
            body = (f"try:\n    print({base}.get())\n"
                    f"except {model}.DoesNotExist as e:\n    print('missing:', e)\n"
                    f"except {model}.MultipleObjectsReturned as e:\n    print('many:', e)")
        else:
            body = f"print({base}.query)"
        programs.append((f"g{i:03d}", imports + body))
    return programs


def build_cases():
    for group, items in HAND.items():
        for name, code in items:
            case(group, name, code)
    rng = random.Random(SEED)
    for name, code in generated(rng, 300):
        case("generated", name, code)
    for group, name, code in gen_shell_programs.programs():
        case(group, name, code)


build_cases()


def generate(golden):
    """Runs every program with real Django and writes golden/shell/."""
    from generate import capture_groups

    capture_groups(golden, "shell", __file__, README)


# -------------------------------------------------------------- child side


def program_line():
    """The line of the innermost frame of the program being exec'd."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename == "<string>":
            return frame.f_lineno
        frame = frame.f_back
    return None


def run_program(code):
    from django.core.management import call_command
    from django.db import connection, reset_queries

    # Each program is its own `manage.py shell` process: savepoint ids count
    # from 1 again.
    connection.savepoint_state = 0
    queries = []

    def record(execute, sql, params, many, context):
        line = program_line()
        try:
            return execute(sql, params, many, context)
        finally:
            text = connection.ops.last_executed_query(context["cursor"], sql, params)
            queries.append({"sql": text, "line": line})

    reset_queries()
    stdout = io.StringIO()
    error = None
    with contextlib.redirect_stdout(stdout), connection.execute_wrapper(record):
        try:
            call_command("shell", command=code)
        except BaseException as e:  # what the traceback would end with
            error = traceback.format_exception_only(type(e), e)[-1].rstrip("\n")
    return {"stdout": stdout.getvalue(), "error": error, "queries": queries}


def child_main(result, fixtures):
    sys.path[:0] = [str(PROJECT), str(HERE)]
    import datetime

    import django

    django.setup()
    from django.utils import timezone

    fixed = datetime.datetime.fromisoformat(NOW.replace("Z", "+00:00"))
    timezone.now = lambda: fixed
    # `date_joined`'s default is the function timezone.now itself, taken
    # before the line above: fix it too.
    from django.contrib.auth import get_user_model

    get_user_model()._meta.get_field("date_joined").default = timezone.now
    # Savepoint ids carry the thread's id (`s<thread id>_x<n>`); fix it to
    # what the playground shows.
    import django.db.backends.base.base as backend_base
    import types

    backend_base._thread = types.SimpleNamespace(get_ident=lambda: THREAD_ID)
    from django.db import connections

    connections["default"]._thread_ident = THREAD_ID
    from django.core.management import call_command
    from django.db import connection

    fixtures = Path(fixtures)
    call_command(
        "loaddata",
        *(str(fixtures / f"{name}.json") for name in ("users", "articles", "comments")),
        verbosity=0,
    )
    db_path = Path(connection.settings_dict["NAME"])
    connection.close()
    pristine = db_path.with_suffix(".pristine")
    shutil.copyfile(db_path, pristine)
    groups = {}
    seen = set()
    for group, name, code in CASES:
        if (group, name) in seen:
            raise AssertionError(f"duplicate case {group}/{name}")
        seen.add((group, name))
        captured = run_program(code)
        if group == "writes":
            connection.close()
            shutil.copyfile(pristine, db_path)
        groups.setdefault(group, []).append({"name": name, "code": code, **captured})
    Path(result).write_text(json.dumps(groups, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "capture":
        sys.exit("usage: gen_shell.py capture RESULT_JSON FIXTURE_DIR (run through generate.py)")
    child_main(sys.argv[2], sys.argv[3])
