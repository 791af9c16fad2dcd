"""URL names the lesson templates and views reverse.

The scenario generator (gen_scenarios.py) calls each lesson variant's view
functions directly, so these routes exist only so that ``{% url %}`` and
``redirect()`` resolve; the paths are the lecture's.
"""
from django.http import HttpResponseNotFound
from django.urls import include, path


def lesson_view(request, *args, **kwargs):
    """Placeholder: the views live in lessons/<scenario>/<variant>/views.py."""
    return HttpResponseNotFound("lesson views are called by gen_scenarios.py")


accounts_patterns = (
    [
        path("profile/<username>/", lesson_view, name="profile"),
        path("<int:user_pk>/follow/", lesson_view, name="follow"),
    ],
    "accounts",
)

articles_patterns = (
    [
        path("", lesson_view, name="index"),
        path("<int:article_pk>/likes/", lesson_view, name="likes"),
    ],
    "articles",
)

urlpatterns = [
    path("accounts/", include(accounts_patterns)),
    path("articles/", include(articles_patterns)),
]
