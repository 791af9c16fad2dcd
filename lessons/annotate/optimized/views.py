from django.db.models import Count
from django.shortcuts import render

from .models import Article


def index(request):
    articles = Article.objects.annotate(Count('comment')).order_by('-pk')
    context = {
        'articles': articles,
    }
    return render(request, 'articles/index.html', context)
