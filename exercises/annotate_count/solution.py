from django.db.models import Count

articles = Article.objects.annotate(Count('comment')).order_by('-pk')
for article in articles:
    print(article.title, article.comment__count)
