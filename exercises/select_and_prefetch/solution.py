from django.db.models import Prefetch

articles = Article.objects.prefetch_related(
    Prefetch('comment_set', queryset=Comment.objects.select_related('user'))
).order_by('-pk')
for article in articles:
    print(article.title)
    for comment in article.comment_set.all():
        print('  ', comment.user.username, ':', comment.content)
