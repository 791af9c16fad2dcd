"""The seeded generator of `manage shell` programs: about 1,700 programs
over the lesson models, one family per feature of issue 12, each family a
golden group of its own (golden/shell/gen_<family>.json).

Every family draws from small tables of what a learner writes (a field and
values that match the lesson data, a lookup, an expression) with one
`random.Random` per family, so adding a family never changes another's
programs. Programs only read: writes are hand-written in gen_shell.py's
`writes` group, which runs each on a fresh copy of the database.

`FAMILIES` maps each group to (what it covers, its program count); the
README's coverage table is made from the goldens with the same names.
"""
import random

SEED = 2024

# What a lookup can be applied to, per model: (path, kind). Kinds pick the
# lookups and values below. Paths cross every relation of the lesson: forward
# and reverse FK, M2M both ways, and the self M2M followings/followers.
PATHS = {
    "Article": [
        ("pk", "int"), ("id", "int"), ("title", "str"), ("content", "str"),
        ("created_at", "dt"), ("updated_at", "dt"), ("user", "int"), ("user_id", "int"),
        ("user__username", "str"), ("user__email", "str"), ("user__is_staff", "bool"),
        ("like_users", "int"), ("like_users__username", "str"), ("comment__content", "str"),
        ("comment__user__username", "str"), ("user__followers__username", "str"),
        ("comment__created_at", "dt"), ("user__last_login", "nulldt"),
    ],
    "Comment": [
        ("pk", "int"), ("content", "str"), ("created_at", "dt"), ("article", "int"),
        ("article_id", "int"), ("article__title", "str"), ("user__username", "str"),
        ("article__user__username", "str"), ("article__like_users__username", "str"),
        ("user__followings__pk", "int"), ("article__created_at", "dt"),
    ],
    "User": [
        ("pk", "int"), ("username", "str"), ("email", "str"), ("first_name", "str"),
        ("last_name", "str"), ("is_staff", "bool"), ("is_superuser", "bool"),
        ("date_joined", "dt"), ("last_login", "nulldt"), ("followings", "int"),
        ("followings__username", "str"), ("followers__username", "str"),
        ("article__title", "str"), ("comment__content", "str"),
        ("like_articles__title", "str"), ("followers__followers__username", "str"),
        ("like_articles__user__username", "str"), ("article__comment__user__pk", "int"),
    ],
}

STR_VALUES = ["'admin'", "'김싸피'", "'annotate'", "'e'", "'싸피'", "'N'", "'쿼리'", "'김'",
              "'a'", "'A'", "'피'", "'요'", "'ADMIN'", "'이싸피'", "''", "'ssafy'", "'.com'"]
LOOKUPS = {
    "int": [("", ["1", "3", "99"]), ("__exact", ["2"]), ("__in", ["[1, 3, 5]", "[]", "(2, 4)"]),
            ("__gt", ["2", "5"]), ("__gte", ["7", "1"]), ("__lt", ["4"]), ("__lte", ["1", "3"]),
            ("__range", ["(2, 5)", "[3, 3]"]), ("__isnull", ["True", "False"])],
    "str": [("", STR_VALUES[:3]), ("__exact", STR_VALUES[1:2]), ("__iexact", ["'ADMIN'", "'Annotate'"]),
            ("__contains", STR_VALUES), ("__icontains", STR_VALUES), ("__startswith", STR_VALUES),
            ("__istartswith", STR_VALUES), ("__endswith", STR_VALUES), ("__iendswith", STR_VALUES),
            ("__in", ["['admin', '이싸피']", "['annotate', 'prefetch', 'nothing']"]),
            ("__gt", ["'m'"]), ("__lte", ["'이'"]), ("__isnull", ["False"])],
    "bool": [("", ["True", "False"]), ("__exact", ["True"]), ("__in", ["[True]"])],
    "dt": [("__year", ["2024", "2023"]), ("__month", ["3", "4"]), ("__day", ["4", "5"]),
           ("__week_day", ["2", "3"]), ("__hour", ["10", "11", "12", "9"]),
           ("__date", ["datetime.date(2024, 3, 4)"]), ("__year__gte", ["2024"]),
           ("__hour__lt", ["11"]), ("__isnull", ["False"]),
           ("__gt", ["datetime.datetime(2024, 3, 4, 1, 30, tzinfo=datetime.timezone.utc)"]),
           ("__range", ["(datetime.datetime(2024, 3, 4, 1, 0, tzinfo=datetime.timezone.utc), "
                        "datetime.datetime(2024, 3, 4, 1, 40, tzinfo=datetime.timezone.utc))"])],
    "nulldt": [("__isnull", ["True", "False"]), ("__year", ["2024"])],
}

ORDERS = {
    "Article": ["'-pk'", "'title'", "'user__username', 'pk'", "'-created_at'", "'user_id', '-pk'",
                "'-user__date_joined', 'pk'", "'content'"],
    "Comment": ["'-pk'", "'article_id', 'pk'", "'user__username', '-pk'", "'article__title', 'pk'",
                "'-created_at'"],
    "User": ["'-pk'", "'username'", "'-date_joined'", "'email', 'pk'", "'-is_staff', 'username'"],
}
ATTRS = {"Article": ["title", "user_id", "pk", "created_at", "content"],
         "Comment": ["content", "article_id", "pk", "user_id"],
         "User": ["username", "pk", "is_superuser", "email", "last_login", "date_joined"]}
VALUES = {"Article": ["'title'", "'pk', 'user__username'", "'user_id'", "'title', 'created_at'",
                      "'like_users__username'", "'comment__pk'"],
          "Comment": ["'content'", "'article_id', 'user_id'", "'article__title'", "'user__email'"],
          "User": ["'username'", "'pk', 'is_staff'", "'email'", "'followings__username'",
                   "'article__title'", "'last_login'"]}
COUNTABLE = {"Article": ["comment", "like_users", "comment__user"],
             "Comment": [],
             "User": ["article", "comment", "followers", "followings", "like_articles"]}
NUMERIC = {"Article": ["pk", "user_id", "comment__pk"], "Comment": ["pk", "article_id", "user_id"],
           "User": ["pk", "article__pk", "followers__pk"]}
MODELS = sorted(PATHS)


def lookup(rng, model):
    path, kind = rng.choice(PATHS[model])
    suffix, values = rng.choice(LOOKUPS[kind])
    return f"{path}{suffix}={rng.choice(values)}"


def condition(rng, model, depth=0):
    """A filter argument: a keyword lookup or a Q tree of them."""
    r = rng.random()
    if depth < 2 and r < 0.25:
        op = rng.choice(["&", "|"])
        return f"({condition(rng, model, depth + 1)}) {op} ({condition(rng, model, depth + 1)})"
    if depth < 2 and r < 0.35:
        return f"~{condition(rng, model, depth + 1)}"
    return f"Q({lookup(rng, model)})"


HEADER = "from django.db.models import Q, F, Count, Sum, Avg, Max, Min, Value, Exists, OuterRef, Subquery, Prefetch\n"


def pks(qs):
    return f"qs = {qs}\nprint(qs.count(), list(qs.values_list('pk', flat=True)))"


def gen_lookups(rng, n):
    """Every lookup on every kind of field, across relations, with Q trees and exclude."""
    out = []
    for i in range(n):
        model = rng.choice(MODELS)
        qs = f"{model}.objects"
        r = rng.random()
        if r < 0.45:
            qs += f".filter({lookup(rng, model)})"
        elif r < 0.6:
            qs += f".exclude({lookup(rng, model)})"
        elif r < 0.85:
            qs += f".filter({condition(rng, model)})"
        else:
            qs += f".filter({lookup(rng, model)}).exclude({condition(rng, model)})"
        if rng.random() < 0.3:
            qs += ".distinct()"
        qs += ".order_by('pk')"
        out.append((f"l{i:04d}", HEADER + pks(qs)))
    return out


def gen_querysets(rng, n):
    """order_by, reverse, distinct, none, slicing with steps, indexing, first, last,
    earliest, latest, count, exists, in_bulk, iterator, repr's LIMIT 21."""
    out = []
    for i in range(n):
        model = rng.choice(MODELS)
        base = f"{model}.objects"
        if rng.random() < 0.5:
            base += f".filter({lookup(rng, model)})"
        if rng.random() < 0.7:
            base += f".order_by({rng.choice(ORDERS[model])})"
        if rng.random() < 0.2:
            base += ".reverse()"
        if base == f"{model}.objects":
            base += ".all()"
        attr = rng.choice(ATTRS[model])
        date_field = {"Article": "created_at", "Comment": "created_at", "User": "date_joined"}[model]
        body = rng.choice([
            f"print({base})",
            f"print({base}[1:4])",
            f"print({base}[::2])",
            f"print(list({base}[2:9:3]))",
            f"print({base}[0])",
            f"print({base}[3].{attr})",
            f"print({base}.first(), {base}.last())",
            f"print({base}.earliest('{date_field}'))",
            f"print({base}.latest('{date_field}', 'pk'))",
            f"print({base}.count(), {base}.exists())",
            f"print({base}.in_bulk([1, 2, 3]))",
            f"print(sorted({base}.in_bulk()))",
            f"for obj in {base}.iterator():\n    print(obj.pk, obj.{attr})",
            f"qs = {base}\nprint(qs.exists())\nprint(len(qs), qs.exists(), bool(qs))",
            f"print({base}.none(), {base}.none().count())",
            f"qs = {base}\nfor obj in qs[:3]:\n    print(obj.{attr})\nprint(qs[1:2])",
            f"print({base}.distinct().count())",
            f"print(list({base}.values_list('pk', flat=True)[5:]))",
        ])
        out.append((f"q{i:04d}", HEADER + body))
    return out


def gen_values(rng, n):
    """values, values_list (flat, named), annotate and aggregate with Count, Sum,
    Avg, Max, Min (distinct=, filter=), filtering on annotations, alias."""
    out = []
    for i in range(n):
        model = rng.choice(MODELS)
        base = f"{model}.objects"
        counts = COUNTABLE[model]
        r = rng.random()
        if r < 0.3:
            fields = rng.choice(VALUES[model])
            base += f".values({fields}).order_by('pk')" if "__" not in fields else f".values({fields}).order_by('pk', {fields})"
            body = f"print(list({base}[:6]))"
        elif r < 0.45:
            fields = rng.choice(VALUES[model])
            flat = ", flat=True" if "," not in fields and rng.random() < 0.5 else ""
            named = ", named=True" if not flat and rng.random() < 0.3 else ""
            body = f"print(list({base}.values_list({fields}{flat}{named}).order_by('pk')[:5]))"
        elif r < 0.7 and counts:
            rel = rng.choice(counts)
            agg = rng.choice(["Count", "Count", "Sum", "Max", "Min", "Avg"])
            target = rel if agg == "Count" else f"{rel}__pk"
            extra = rng.choice(["", ", distinct=True" if agg in ("Count", "Sum", "Avg") else "",
                                f", filter=Q({lookup(rng, model)})"])
            base += f".annotate(n={agg}('{target}'{extra}))"
            if rng.random() < 0.4:
                base += rng.choice([".filter(n__gt=1)", ".filter(n=0)", ".exclude(n__lte=2)"])
            base += rng.choice([".order_by('-n', 'pk')", ".order_by('pk')"])
            attr = rng.choice(ATTRS[model])
            body = rng.choice([
                f"for obj in {base}:\n    print(obj.pk, obj.{attr}, obj.n)",
                f"print(list({base}.values('pk', 'n')))",
                f"print({base}.count())",
                f"print({base}.query)",
            ])
        elif r < 0.9:
            field = rng.choice(NUMERIC[model])
            agg = rng.choice(["Count", "Sum", "Avg", "Max", "Min"])
            extra = rng.choice(["", ", distinct=True" if agg in ("Count", "Sum", "Avg") else "",
                                f", filter=Q({lookup(rng, model)})"])
            if rng.random() < 0.5:
                base += f".filter({lookup(rng, model)})"
            named = rng.choice([f"{agg}('{field}'{extra})", f"total={agg}('{field}'{extra})"])
            body = f"print({base}.aggregate({named}))"
        else:
            rel = rng.choice(counts or ["user"])
            body = (f"print(list({base}.alias(n=Count('{rel}')).filter(n__gte=1)"
                    f".order_by('pk').values_list('pk', flat=True)))")
        out.append((f"v{i:04d}", HEADER + body))
    return out


RELATED = {
    "Article": {"fk": ["user"], "reverse": ["comment_set"], "m2m": ["like_users"],
                "deep": ["user"], "attr": ["user.username", "user.email"]},
    "Comment": {"fk": ["article", "user", "article__user"], "reverse": [], "m2m": [],
                "deep": ["article__user", "article", "user"],
                "attr": ["article.title", "user.username", "article.user.username"]},
    "User": {"fk": [], "reverse": ["article_set", "comment_set"],
             "m2m": ["followings", "followers", "like_articles"], "deep": [],
             "attr": ["username"]},
}


def gen_relations(rng, n):
    """select_related (any depth), prefetch_related (reverse FK, M2M both ways,
    nested, Prefetch(queryset=, to_attr=)), only, defer, related managers."""
    out = []
    for i in range(n):
        model = rng.choice(MODELS)
        spec = RELATED[model]
        r = rng.random()
        order = rng.choice(ORDERS[model])
        if r < 0.25 and spec["fk"]:
            rel = rng.choice(spec["fk"])
            attr = rng.choice(spec["attr"])
            sel = rng.choice([f".select_related('{rel}')", "", ".select_related()"])
            body = f"for obj in {model}.objects{sel}.order_by({order})[:6]:\n    print(obj.pk, obj.{attr})"
        elif r < 0.5 and (spec["reverse"] or spec["m2m"]):
            rel = rng.choice(spec["reverse"] + spec["m2m"])
            pre = rng.choice([f".prefetch_related('{rel}')", ""])
            how = rng.choice(["count()", "all()", "exists()"])
            if how == "all()":
                line = f"    print(obj.pk, [x.pk for x in obj.{rel}.all()])"
            else:
                line = f"    print(obj.pk, obj.{rel}.{how})"
            body = f"for obj in {model}.objects{pre}.order_by({order})[:5]:\n{line}"
        elif r < 0.6 and (spec["reverse"] or spec["m2m"]):
            rel = rng.choice(spec["reverse"] + spec["m2m"])
            target = {"comment_set": "Comment", "article_set": "Article", "like_users": "User",
                      "followings": "User", "followers": "User", "like_articles": "Article"}[rel]
            body = (f"qs = {model}.objects.prefetch_related(Prefetch('{rel}', "
                    f"queryset={target}.objects.order_by('-pk'), to_attr='items')).order_by('pk')\n"
                    f"for obj in qs[:4]:\n    print(obj.pk, [x.pk for x in obj.items])")
        elif r < 0.7:
            fields = rng.choice(ATTRS[model])
            other = rng.choice(ATTRS[model])
            how = rng.choice(["only", "defer"])
            body = (f"obj = {model}.objects.{how}('{fields}').order_by('pk').first()\n"
                    f"print(sorted(obj.get_deferred_fields()))\nprint(obj.{other})")
        elif r < 0.85 and (spec["reverse"] or spec["m2m"]):
            rel = rng.choice(spec["reverse"] + spec["m2m"])
            pk = rng.choice([1, 2, 3, 4])
            call = rng.choice(["all()", "count()", "exists()", "filter(pk__gt=2).count()",
                               "order_by('-pk').first()", "values_list('pk', flat=True)",
                               "filter(pk=1).exists()", "none()"])
            body = f"obj = {model}.objects.get(pk={pk})\nprint(obj.{rel}.{call})"
        elif spec["deep"]:
            rel = rng.choice(spec["deep"])
            body = (f"qs = {model}.objects.select_related('{rel}').order_by({order})\n"
                    f"print(qs.query)\nprint([str(o) for o in qs[:3]])")
        else:
            rel = rng.choice(spec["m2m"])
            nested = rng.choice([f"{rel}__article_set", f"{rel}__followers", f"{rel}"])
            body = (f"for u in User.objects.prefetch_related('{nested}').order_by('pk')[:3]:\n"
                    f"    print(u.pk, sorted(x.pk for x in u.{rel}.all()))")
        out.append((f"r{i:04d}", HEADER + body))
    return out


def gen_python(rng, n):
    """The Python subset over ORM results: comprehensions, dict/set comprehensions,
    generator expressions, sorted/min/max with key=, enumerate/zip, f-strings,
    def/return, lambda, while, break/continue, try/except/else/finally."""
    out = []
    for i in range(n):
        model = rng.choice(MODELS)
        attr = rng.choice(ATTRS[model])
        qs = f"{model}.objects.order_by({rng.choice(ORDERS[model])})"
        body = rng.choice([
            f"print([o.{attr} for o in {qs}[:5]])",
            f"print({{o.pk: o.{attr} for o in {qs}[:4]}})",
            f"print(len({{o.pk % 3 for o in {qs}}}))",
            f"print(sum(o.pk for o in {qs}))",
            f"print(sorted({qs}[:6], key=lambda o: (str(o.{attr}), -o.pk))[0].pk)",
            f"print(max({qs}, key=lambda o: o.pk), min(o.pk for o in {qs}))",
            f"for i, o in enumerate({qs}[:4], 1):\n    print(f'{{i}}. {{o.{attr}!r}}')",
            f"for a, b in zip({qs}[:3], {qs}[1:4]):\n    print(a.pk - b.pk, a == b)",
            f"def show(o):\n    return f'{{o.pk:>3}}|{{o.{attr}}}'\n\nfor o in {qs}[:3]:\n    print(show(o))",
            f"items = list({qs})\nwhile items:\n    o = items.pop()\n    if o.pk % 2:\n        continue\n    print(o.pk)\n    if o.pk < 4:\n        break",
            f"try:\n    o = {qs}.get(pk=1000)\nexcept {model}.DoesNotExist:\n    print('none')\nelse:\n    print(o)\nfinally:\n    print('done')",
            f"print(any(o.pk > 3 for o in {qs}), all(o.pk for o in {qs}))",
            f"names = [str(o.{attr}) for o in {qs}]\nprint(', '.join(names[:3]), len(names))",
            f"print(type({qs}[0]).__name__, isinstance({qs}[0], {model}))",
            f"o = {qs}.first()\nprint(getattr(o, '{attr}'), hasattr(o, 'nope'), o.pk == o.id)",
            f"print(list(reversed([o.pk for o in {qs}[:4]])))",
            f"pairs = [(o.pk, o.{attr}) for o in {qs} if o.pk % 2 == 0]\nprint(pairs[:3])",
            f"print('%s has %d rows' % ('{model}', {qs}.count()))",
            f"print({qs}.count() // 3, {qs}.count() % 3, -{qs}.count() // 4)",
        ])
        out.append((f"p{i:04d}", HEADER + body))
    return out


TYPOS = {"Article": ["titel", "users", "comments", "like_user", "creatd_at"],
         "Comment": ["articles", "contents", "user__usernam"],
         "User": ["user_name", "following", "article_set", "likes"]}


def gen_errors(rng, n):
    """Django's errors word for word: FieldError, DoesNotExist,
    MultipleObjectsReturned, TypeError of wrong arguments, AttributeError,
    NameError, and errors caught by try/except."""
    out = []
    for i in range(n):
        model = rng.choice(MODELS)
        typo = rng.choice(TYPOS[model])
        body = rng.choice([
            f"print({model}.objects.filter({typo}=1))",
            f"print({model}.objects.order_by('{typo}'))",
            f"print({model}.objects.values('{typo}'))",
            f"print({model}.objects.get(pk=999))",
            f"print({model}.objects.get(pk__gt=0))",
            f"print({model}.objects.filter(pk__foo=1))",
            f"print({model}.objects.annotate(n=Count('{typo}')))",
            f"print({model}.objects.first().{typo})",
            f"print({model}.objects.all()[-1])",
            f"print({model}.objects.get(1))",
            f"print({model}.objects.filter(pk=1)[0:2][0:1].filter(pk=1))",
            f"print({model}.objects.count(1))",
            f"print({model}.objects.none().get())",
            f"print({model}.objects.aggregate(Count))",
            f"try:\n    {model}.objects.get(pk=12345)\nexcept ObjectDoesNotExist as e:\n    print(type(e).__name__, e)",
            f"try:\n    {model}.objects.get()\nexcept {model}.MultipleObjectsReturned as e:\n    print(e)",
            f"try:\n    {model}.objects.filter({typo}__exact=2).count()\nexcept FieldError as e:\n    print('FieldError:', e)",
            f"print(undefined_name)",
            f"x = {model}.objects.count()\nprint(x + '1')",
            f"print({model}.objects.in_bulk([1], field_name='{typo}'))",
        ])
        imports = "from django.core.exceptions import FieldError, ObjectDoesNotExist\n" if "Error" in body or "ObjectDoesNotExist" in body else ""
        out.append((f"e{i:04d}", HEADER + imports + body))
    return out


def gen_expressions(rng, n):
    """F with arithmetic, Value, Exists(OuterRef(...)), Subquery, annotations
    used in filters and ordering, and str(query)."""
    out = []
    for i in range(n):
        r = rng.random()
        if r < 0.25:
            expr = rng.choice(["F('pk') + 1", "F('user_id') * 2", "F('pk') - F('user_id')",
                               "F('user__pk') + F('pk')", "F('pk') % 3", "F('pk') / 2"])
            qs = f"Article.objects.annotate(x={expr}).order_by('pk')"
            show = "list(qs.values_list('pk', 'x'))"
        elif r < 0.4:
            cond = rng.choice(["pk__gt=F('user_id')", "user_id=F('pk')", "pk__lte=F('user__pk') + 2",
                               "created_at__lt=F('updated_at')", "created_at=F('updated_at')"])
            qs = f"Article.objects.filter({cond}).order_by('pk')"
            show = "list(qs.values_list('pk', flat=True))"
        elif r < 0.6:
            inner = rng.choice([
                "Comment.objects.filter(article=OuterRef('pk'))",
                "Comment.objects.filter(article=OuterRef('pk'), user=OuterRef('user'))",
                "Article.like_users.through.objects.filter(article_id=OuterRef('pk'), user_id=1)",
                "Comment.objects.filter(article=OuterRef('pk'), user__username='admin')",
            ])
            neg = rng.choice(["", "~"])
            if rng.random() < 0.5:
                qs = f"Article.objects.annotate(has={neg}Exists({inner})).order_by('pk')"
                show = "[(a.pk, a.has) for a in qs]"
            else:
                qs = f"Article.objects.filter({neg}Exists({inner})).order_by('pk')"
                show = "list(qs.values_list('pk', flat=True))"
        elif r < 0.8:
            field = rng.choice(["content", "pk", "created_at", "user__username"])
            sub = f"Subquery(Comment.objects.filter(article=OuterRef('pk')).order_by('-pk').values('{field}')[:1])"
            qs = f"Article.objects.annotate(last={sub}).order_by('pk')"
            show = "list(qs.values_list('pk', 'last'))"
        else:
            val = rng.choice(["Value(1)", "Value('x')", "Value(2.5)"])
            qs = f"User.objects.annotate(v={val}).order_by('pk')"
            show = "list(qs.values_list('username', 'v')[:3])"
        if rng.random() < 0.5:
            qs = qs.replace(".order_by(", f".filter({lookup(rng, qs.split('.')[0])}).order_by(", 1)
        if rng.random() < 0.2:
            show = "qs.query"
        out.append((f"x{i:04d}", HEADER + f"qs = {qs}\nprint({show})"))
    return out


# group -> (generator, count); counts chosen so the families together pass 1,700.
FAMILIES = {
    "gen_lookups": (gen_lookups, 450),
    "gen_querysets": (gen_querysets, 250),
    "gen_values": (gen_values, 300),
    "gen_relations": (gen_relations, 250),
    "gen_python": (gen_python, 200),
    "gen_errors": (gen_errors, 150),
    "gen_expressions": (gen_expressions, 200),
}


def programs():
    """(group, name, code) for every generated program, deterministic. A
    family draws until it has `count` distinct programs (or gives up after
    ten times as many draws), so no program is checked twice."""
    for offset, (group, (make, count)) in enumerate(FAMILIES.items()):
        rng = random.Random(SEED + offset)
        seen = set()
        for _ in range(count * 10):
            (_, code), = make(rng, 1)
            if code not in seen:
                seen.add(code)
                if "datetime." in code:
                    code = "import datetime\n" + code
                yield group, f"{group[4:]}{len(seen):04d}", code
            if len(seen) == count:
                break
