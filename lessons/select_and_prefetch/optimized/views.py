from django.db.models import Prefetch
from django.shortcuts import render

from .models import Article, Comment


def index(request):
    articles = Article.objects.prefetch_related(
        Prefetch('comment_set', queryset=Comment.objects.select_related('user'))
    ).order_by('-pk')
    context = {
        'articles': articles,
    }
    return render(request, 'articles/index.html', context)
