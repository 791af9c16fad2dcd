from django.db.models import Prefetch

articles = Article.objects.prefetch_related(
    Prefetch('comment_set', queryset=Comment.objects.order_by('-pk'), to_attr='newest_first')
).order_by('-pk')
for article in articles:
    latest = article.newest_first[0] if article.newest_first else None
    print(article.title, '->', latest.content if latest else '-')
