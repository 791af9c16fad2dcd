from django.db.models import Count, Prefetch

articles = Article.objects.annotate(Count('comment')).order_by('-pk')
users = User.objects.prefetch_related(Prefetch('article_set', queryset=articles)).order_by('pk')
for user in users:
    print(user.username)
    for article in user.article_set.all():
        print('  ', article.title, article.comment__count)
